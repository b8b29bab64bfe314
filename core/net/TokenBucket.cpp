#include "net/TokenBucket.h"

#include <algorithm>
#include <limits>

namespace medchain::net {

TokenBucket::TokenBucket(qint64 ratePerSecond, qint64 burst, qint64 nowMs)
    : m_rate(std::max<qint64>(ratePerSecond, 0)),
      m_capacityMilli(std::max<qint64>(burst, 0) * 1000),
      m_milliTokens(m_capacityMilli),
      m_lastMs(nowMs)
{
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs <= m_lastMs)
        return; // a clock that steps back refills nothing
    const qint64 elapsed = nowMs - m_lastMs;
    m_lastMs = nowMs;
    // ms × tokens/s = thousandths of a token; guard the product against overflow.
    const qint64 room = m_capacityMilli - m_milliTokens;
    if (m_rate > 0 && elapsed >= room / m_rate + 1)
        m_milliTokens = m_capacityMilli;
    else
        m_milliTokens = std::min(m_capacityMilli, m_milliTokens + elapsed * m_rate);
}

bool TokenBucket::take(qint64 cost, qint64 nowMs)
{
    refill(nowMs);
    if (cost < 0 || cost > std::numeric_limits<qint64>::max() / 1000)
        return false;
    if (m_milliTokens < cost * 1000)
        return false;
    m_milliTokens -= cost * 1000;
    return true;
}

} // namespace medchain::net
