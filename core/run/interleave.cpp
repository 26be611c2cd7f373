#include "core/run/interleave.h"

#include <limits>
#include <utility>

namespace pb {

quint64 uniformBelow(std::mt19937_64 &rng, quint64 n)
{
    constexpr quint64 kMax = std::numeric_limits<quint64>::max();
    const quint64 limit = kMax - kMax % n; // values past it would favour small results
    quint64 x;
    do
        x = rng();
    while (x >= limit);
    return x % n;
}

void shuffleRound(QList<qsizetype> &items, std::mt19937_64 &rng)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        std::swap(items[i], items[qsizetype(uniformBelow(rng, quint64(i) + 1))]);
}

} // namespace pb
