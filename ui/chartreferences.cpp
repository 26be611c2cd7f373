// Axes and reference lines of the built-in charts (see chartbuilderparts.h).
#include "ui/chartaxes.h"
#include "ui/chartbuilderparts.h"
#include "ui/chartrules.h"

#include <algorithm>
#include <cmath>

namespace pb::ui::chartparts {

namespace {

/// 1, 2, 2.5 or 5 × 10^k: at least raw.
double niceStep(double raw)
{
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

QList<double> distinct(QList<double> xs)
{
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}

// Every measured worker count (chunk size) gets a labelled tick; a range of 4× or more is
// drawn on a log2 scale, which the axis title then states.
AxisSpec xAxisFor(ChartKind kind, const QList<double> &xs)
{
    return kind == ChartKind::Granularity ? countAxis(QStringLiteral("Chunk size (items)"), xs, 9)
                                          : workersAxis(xs);
}

void addReferenceLines(Builder &b)
{
    const AxisSpec &x = b.spec.x;
    if (b.kind == ChartKind::Time || b.kind == ChartKind::Granularity) {
        for (const RunEntry &run : b.runs)
            b.addSerialBaseline(run, x.min, x.max);
    } else if (b.kind == ChartKind::Speedup) {
        LineSpec ideal = makeLine(QStringLiteral("ideal"), referenceColor(), LineStyle::Dashed,
                                  PointMarker::None, kReferenceWidth);
        ideal.role = SeriesRole::Reference;
        ideal.label = QStringLiteral("ideal");
        for (double w : distinct(b.xs)) {
            ideal.points.append({w, w});
            ideal.tooltips.append(
                QStringLiteral("ideal: speedup %1 on %1 workers").arg(chartlabels::num(w)));
            b.yMax = std::max(b.yMax, w);
        }
        b.spec.lines.prepend(ideal);
        for (const RunEntry &run : b.runs) {
            const QStringList strategies = parallelStrategies(run.result);
            const qint64 size = b.shownSize(run);
            for (const AmdahlFit &fit : run.result.fits)
                if (strategies.contains(fit.strategy) && fit.fitted &&
                    (fit.size == size || fit.size == 0))
                    b.addAmdahl(run, fit, x);
        }
    } else if (b.kind == ChartKind::Efficiency) {
        LineSpec full = makeLine(QStringLiteral("100 % (ideal)"), referenceColor(),
                                 LineStyle::Dashed, PointMarker::None, kReferenceWidth);
        full.role = SeriesRole::Reference;
        full.label = QStringLiteral("100 %");
        full.points = {{x.min, 100}, {x.max, 100}};
        b.spec.lines.prepend(full);
    }
}

void addCoreMarkers(Builder &b)
{
    if (b.kind == ChartKind::Granularity)
        return;
    QList<int> cores;
    for (const RunEntry &r : b.runs)
        if (r.result.system.logicalCores > 0 && !cores.contains(r.result.system.logicalCores))
            cores.append(r.result.system.logicalCores);
    std::sort(cores.begin(), cores.end());
    const AxisSpec &x = b.spec.x;
    for (int c : cores)
        if (c >= x.min && c <= x.max)
            b.spec.markers.append({QStringLiteral("cores = %1").arg(c), double(c), 0, 1,
                                   QColor(0x30, 0x30, 0x30), QStringLiteral("%1 cores").arg(c),
                                   LineStyle::DashDot});
    const double maxX = b.xs.isEmpty() ? 0 : *std::max_element(b.xs.begin(), b.xs.end());
    if (b.kind != ChartKind::Time && !cores.isEmpty() && maxX > cores.first())
        b.spec.regions.append({QStringLiteral("oversubscribed (workers > cores)"),
                               double(cores.first()), x.max, 0, 1, QColor(220, 60, 60, 30),
                               QStringLiteral("oversubscribed")});
}

AxisSpec yAxisFor(const Builder &b)
{
    AxisSpec y;
    y.min = 0;
    const double top = b.yMax > 0 ? b.yMax * 1.05 : 1;
    y.tickInterval = niceStep(top / 6);
    y.max = std::ceil(top / y.tickInterval) * y.tickInterval;
    switch (b.kind) {
    case ChartKind::Time:
    case ChartKind::Granularity:
        y.title = QStringLiteral("Time (%1)").arg(b.unit.name);
        break;
    case ChartKind::Speedup:
        y.title = QStringLiteral("Speedup (× serial)");
        break;
    case ChartKind::Efficiency:
        y.title = QStringLiteral("Efficiency (%)");
        if (b.yMax <= 110) {
            y.max = 110;
            y.tickInterval = 10;
        }
        break;
    case ChartKind::Change: // buildChangeChart / buildMachinesChart
    case ChartKind::Machines:
        break;
    }
    return y;
}

} // namespace

void finishAxesAndReferences(Builder &b)
{
    b.spec.x = xAxisFor(b.kind, b.xs);
    addReferenceLines(b);
    if (b.kind == ChartKind::Granularity)
        for (const RunEntry &run : b.runs)
            b.addBest(run); // sweep runs only: no "default chunk" for runs without a sweep
    addCoreMarkers(b);
    b.spec.y = yAxisFor(b);
    for (MarkerSpec &m : b.spec.markers) {
        m.yFrom = b.spec.y.min;
        m.yTo = b.spec.y.max;
    }
    for (RegionSpec &r : b.spec.regions) {
        r.yFrom = b.spec.y.min;
        r.yTo = b.spec.y.max;
    }
}

} // namespace pb::ui::chartparts
