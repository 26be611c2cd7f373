#pragma once

#include "core/model/result.h"

#include <QList>

namespace pb {

/// One measured size of a strategy × worker count: the lower bound of its speedup's 95 % CI,
/// NaN when the cell failed or has no speedup.
struct SizeSpeedup
{
    qint64 size = 0;
    double ciLow = 0;
};

/// Break-even of one strategy × worker count from its sizes (increasing): the smallest size
/// from which the CI lies above 1 at every larger measured size, interpolated on log(size)
/// where the CI's lower bound crosses 1 between the last size below and the first above.
/// std::nullopt for fewer than two sizes.
std::optional<BreakEven> findBreakEven(const QString &strategy, int workers,
                                       const QList<SizeSpeedup> &points);

/// Break-even of every parallel strategy × worker count of a size sweep (none otherwise, and
/// none for a granularity sweep), in the order the cells were measured.
QList<BreakEven> breakEvens(const RunResult &result);

} // namespace pb
