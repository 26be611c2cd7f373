#pragma once
// ChartBuilder's internals, shared by chartbuilder.cpp (measured series) and
// chartreferences.cpp (axes, reference lines, markers). Not a public interface.

#include "ui/chartbuilder.h"
#include "ui/chartkind.h"
#include "ui/chartlabels.h"
#include "ui/chartspec.h"
#include "ui/chartstyle.h"
#include "ui/runentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pb::ui::chartparts {

extern const QString kSep;

LineSpec makeLine(const QString &name, const QColor &color, LineStyle style,
                  PointMarker marker = PointMarker::None, double width = kDataWidth);
bool isSerial(const CellResult &c);
/// The run's strategies other than serial, in the order of its cells.
QStringList parallelStrategies(const RunResult &r);
/// A chunk-size sweep runs at one worker count, so it belongs to the granularity chart only.
bool runInChart(ChartKind kind, const RunResult &r);

/// Per-frame state while building one chart from the runs it shows.
struct Builder
{
    Builder(ChartKind kind, const QList<RunEntry> &inChart, const chartlabels::TimeUnit &unit);

    ChartKind kind;
    ChartView view;       ///< which size of a size sweep the chart shows
    QList<RunEntry> runs; ///< the runs this chart shows, in the run list's order
    chartlabels::TimeUnit unit;
    SeriesColors colors;
    QHash<int, QString> names; ///< per run id: what tells it apart in the legend (legendNames)
    ChartSpec spec;
    QList<double> xs;
    double yMax = 0;

    /// Several runs share the chart: names carry the run label, runs differ by dash/marker.
    bool overlay() const { return runs.size() > 1; }
    RunStyle styleOf(const RunEntry &run) const;
    /// The run's legend name: what differs from the other runs (machine, chunk…), else its
    /// label; numbered when another run on the chart reads the same.
    QString runName(const RunEntry &run) const;
    QString prefix(const RunEntry &run) const;
    /// The size of `run` this chart shows (its largest unless the view picks another).
    qint64 shownSize(const RunEntry &run) const
    {
        return ChartBuilder::shownSize(run.result, view);
    }

    void addStrategy(const RunEntry &run, const QString &strategy);
    void addSerialBaseline(const RunEntry &run, double x0, double x1);
    void addAmdahl(const RunEntry &run, const AmdahlFit &fit, const AxisSpec &x);
    void addBest(const RunEntry &run);
};

/// Axes, reference lines (serial baseline, ideal, Amdahl, 100 %), cores markers, the
/// oversubscribed region and the sweep's best/default chunk markers.
void finishAxesAndReferences(Builder &b);

} // namespace pb::ui::chartparts
