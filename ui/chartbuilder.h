#pragma once

#include "ui/chartkind.h"
#include "ui/chartspec.h"
#include "ui/runentry.h"

#include <QList>
#include <QString>

namespace pb::ui {

/// What the charts show of runs with several sizes: the per-size charts (time, speedup,
/// efficiency over workers) one size, the size charts one worker count.
struct ChartView
{
    qint64 size = 0; ///< 0, or a size a run did not measure: that run's largest size
    int workers = 0; ///< size charts; 0, or a count a run did not measure: its largest
};

/// Turns results into chart specs (lines, CI bands, reference lines, markers) for one chart
/// kind. Only reads statistics stored in the results; never recomputes them.
class ChartBuilder
{
public:
    static ChartSpec build(ChartKind kind, const QList<RunEntry> &runs, const ChartView &view = {});
    /// The size a per-size chart shows of `result` for `view`.
    static qint64 shownSize(const pb::RunResult &result, const ChartView &view);
    /// Tab / file name of a chart kind ("Time", "Speedup", ...).
    static QString kindName(ChartKind kind);
};

} // namespace pb::ui
