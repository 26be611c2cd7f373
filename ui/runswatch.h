#pragma once

#include "ui/runentry.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QSize>

namespace pb::ui {

// The run list and the results table show each run the way the charts draw it, so a reader
// can tell which line is which run: runs by dash pattern and marker, strategies by hue.

/// The rank of run `id` among the runs drawn with it on one chart: the visible runs of the
/// same kind (chunk-size sweeps apart from the others, as the charts split them), in list
/// order; -1 when the run is hidden or unknown. runStyle(rank) is its pattern and marker.
int runStyleRank(const QList<RunEntry> &runs, int id);

/// An icon of the run's line: its dash pattern and marker in dark grey; rank -1 (hidden) a
/// faint plain line.
QIcon runSwatchIcon(int rank, const QSize &size = QSize(30, 14));

/// A small square in a series' hue.
QIcon seriesSwatchIcon(const QColor &color);

} // namespace pb::ui
