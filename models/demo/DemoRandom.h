// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace dpo::demo {

// SplitMix64: small, fast, and the same sequence on every platform and standard library, so
// that a seed gives the same demo data everywhere (std::uniform_int_distribution does not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 <= result < bound
    qint64 below(qint64 bound) { return bound <= 0 ? 0 : qint64(next() % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(1000) < percent * 10; }
    bool chancePerMille(int perMille) { return below(1000) < perMille; }
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(below(list.size()));
    }

private:
    quint64 m_state;
};

} // namespace dpo::demo
