// A small deterministic random generator for the demo (xoshiro256**, seeded with SplitMix64) and
// integer-only helpers: the same seed gives the same numbers on every compiler, libm and Qt
// version.
#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace medchain::demo {

/// xoshiro256** (Blackman and Vigna, 2018). No std::*_distribution (their algorithms are
/// implementation-defined) and no floating point: bounded integers use rejection, so they are
/// unbiased and identical everywhere.
class DemoRandom {
public:
    /// A generator for `seed`; different `stream`s give independent sequences, so one part of
    /// the generator can draw more or fewer numbers without changing what another part sees.
    explicit DemoRandom(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ULL) ^ 0x6A09E667F3BCC909ULL;
        for (quint64 &word : m_state)
            word = splitMix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n), n > 0: rejects the top values that would bias the remainder.
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 threshold = (0 - n) % n; // 2^64 mod n
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    /// Uniform in [low, high], low <= high.
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low) + 1)); }

    /// True with probability numerator / denominator.
    bool chance(quint64 numerator, quint64 denominator) { return below(denominator) < numerator; }
    bool percent(int p) { return chance(quint64(std::max(p, 0)), 100); }
    bool permille(int p) { return chance(quint64(std::max(p, 0)), 1000); }

    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }
    template <typename T> const T &pick(const std::vector<T> &list)
    {
        return list[size_t(below(quint64(list.size())))];
    }

    /// SplitMix64 (Steele, Lea and Flood, 2014): advances `x` and returns the next output. Also a
    /// good integer hash for deriving per-entity seeds.
    static quint64 splitMix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static quint64 mix(quint64 a, quint64 b)
    {
        quint64 x = a ^ (b * 0x9E3779B97F4A7C15ULL);
        return splitMix64(x);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4] {};
};

/// Picks an index with probability proportional to integer weights (cumulative sums and a
/// binary search, so a pick costs O(log n)). Zero weights are never picked.
class WeightedChoice {
public:
    WeightedChoice() = default;
    template <typename Weights> explicit WeightedChoice(const Weights &weights)
    {
        for (const auto w : weights)
            add(quint64(w));
    }

    void add(quint64 weight) { m_cumulative.push_back(total() + weight); }
    void reserve(size_t n) { m_cumulative.reserve(n); }
    quint64 total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    int size() const { return int(m_cumulative.size()); }
    /// An index whose weight is > 0; requires total() > 0.
    int pick(DemoRandom &random) const { return pickAt(random.below(total())); }
    /// The index whose cumulative range holds `value` (0 <= value < total()).
    int pickAt(quint64 value) const
    {
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), value);
        return int(it - m_cumulative.begin());
    }

private:
    std::vector<quint64> m_cumulative;
};

} // namespace medchain::demo
