#pragma once

#include "core/model/result.h"

#include <QList>

namespace pb {

/// One size's median time.
struct SizeTime
{
    double size = 0;
    double medianNs = 0;
};

/// Fits t(N) = t0 + c·N to medians over sizes by least squares weighted 1/t² — relative
/// errors, so the largest size does not decide the fit alone when sizes span orders of
/// magnitude. A negative t0 is refitted as t0 = 0 (fixedClamped). R² is weighted the same
/// way. Needs at least three sizes (two parameters); std::nullopt otherwise.
std::optional<CostModel> fitCostModel(const QString &strategy, int workers,
                                      const QList<SizeTime> &points);

/// The cost model of the serial baseline and of every parallel strategy × worker count of a
/// size sweep with at least three sizes (none otherwise, and none for a granularity sweep).
QList<CostModel> costModels(const RunResult &result);

} // namespace pb
