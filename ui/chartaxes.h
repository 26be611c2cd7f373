#pragma once

#include "ui/chartspec.h"

#include <QList>

namespace pb::ui {

// Axis helpers for the comparison charts (Change, Machines).

/// 1, 2, 2.5 or 5 × 10^k: at least raw.
double niceChartStep(double raw);
/// An axis of counts (workers, chunk sizes) over xs: log2 when they span a factor of 4 or more,
/// else linear; a labelled tick at every value of xs (thinned to at most maxTicks).
AxisSpec countAxis(const QString &title, const QList<double> &xs, int maxTicks = 16);
/// countAxis titled "Workers".
AxisSpec workersAxis(const QList<double> &xs);
/// A linear value axis from lo to hi with a little air and nice ticks.
AxisSpec valueAxis(const QString &title, double lo, double hi);

} // namespace pb::ui
