#include "consensus/ProposerSelection.h"

#include "consensus/Messages.h"

#include <numeric>

namespace medchain::consensus {

namespace {
// a × b mod m without overflow, for any 64-bit operands below m.
quint64 mulMod(quint64 a, quint64 b, quint64 m)
{
    if (a < (quint64(1) << 32) && b < (quint64(1) << 32))
        return a * b % m;
    quint64 result = 0;
    for (a %= m; b != 0; b >>= 1) {
        if (b & 1)
            result = (result >= m - a) ? result - (m - a) : result + a;
        a = (a >= m - a) ? a - (m - a) : a + a;
    }
    return result;
}
} // namespace

identity::IdentityId proposerFor(const QList<identity::Validator> &validators, quint64 height,
                                 quint32 round)
{
    const quint64 total = totalPower(validators);
    if (total == 0)
        return {};
    quint64 stride = (total * 618 + 500) / 1000;
    if (stride == 0)
        stride = 1;
    while (std::gcd(stride, total) != 1)
        ++stride;
    const quint64 slot = (height % total + quint64(round) % total) % total;
    const quint64 point = mulMod(slot, stride % total, total);
    quint64 start = 0;
    for (const identity::Validator &v : validators) {
        if (point < start + v.power)
            return v.node;
        start += v.power;
    }
    return validators.last().node;
}

} // namespace medchain::consensus
