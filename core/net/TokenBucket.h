// A token bucket on an injected clock: `rate` tokens a second, at most `burst` held.
// Integer arithmetic in thousandths of a token, so the same inputs always give the same answers.
#pragma once

#include <QtGlobal>

namespace medchain::net {

class TokenBucket {
public:
    /// Starts full at nowMs.
    TokenBucket(qint64 ratePerSecond, qint64 burst, qint64 nowMs);

    /// Refills for the time since the last call, then takes cost tokens if they are all there.
    bool take(qint64 cost, qint64 nowMs);
    /// Whole tokens held at the last call.
    qint64 available() const { return m_milliTokens / 1000; }

private:
    void refill(qint64 nowMs);

    qint64 m_rate;
    qint64 m_capacityMilli;
    qint64 m_milliTokens;
    qint64 m_lastMs;
};

} // namespace medchain::net
