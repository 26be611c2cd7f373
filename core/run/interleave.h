#pragma once

#include <QList>

#include <random>

namespace pb {

/// Uniform in [0, n), n >= 1, from the generator's raw output by rejection: unlike
/// std::uniform_int_distribution (whose algorithm each standard library chooses), the same
/// seed gives the same numbers with every compiler, so a recorded seed reproduces an order.
quint64 uniformBelow(std::mt19937_64 &rng, quint64 n);

/// Fisher–Yates shuffle of `items` with uniformBelow(): the order of one interleaved round.
void shuffleRound(QList<qsizetype> &items, std::mt19937_64 &rng);

} // namespace pb
