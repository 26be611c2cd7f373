#include "ui/chartbuilder.h"

#include "core/run/registry.h"
#include "core/stats/amdahl.h"
#include "core/stats/granularity.h"
#include "ui/chartlabels.h"
#include "ui/chartstyle.h"

#include <algorithm>
#include <cmath>

namespace pb::ui {

using namespace chartlabels;

namespace {

const QString kSep = QStringLiteral(" · ");
const QColor kFailed(0xd0, 0x10, 0x10);
const QColor kReference(0x70, 0x70, 0x70);

LineSpec makeLine(const QString &name, const QColor &color, LineStyle style,
                  PointMarker marker = PointMarker::None, double width = 2.0)
{
    LineSpec l;
    l.name = name;
    l.color = color;
    l.style = style;
    l.marker = marker;
    l.width = width;
    return l;
}

bool isSerial(const CellResult &c)
{
    return c.strategy == QLatin1String("serial");
}

QList<RunEntry> visibleRuns(const QList<RunEntry> &runs)
{
    QList<RunEntry> out;
    for (const RunEntry &r : runs)
        if (r.visible)
            out.append(r);
    return out;
}

QStringList parallelStrategies(const RunResult &r)
{
    QStringList out;
    for (const CellResult &c : r.cells)
        if (!isSerial(c) && !out.contains(c.strategy))
            out.append(c.strategy);
    return out;
}

struct Value
{
    double y = 0, low = 0, high = 0;
    bool band = false;
    bool valid = false;
};

Value cellValue(ChartKind kind, const CellResult &c, const TimeUnit &u)
{
    const CellStats &s = c.stats;
    switch (kind) {
    case ChartKind::Time:
    case ChartKind::Granularity:
        return {s.medianNs / u.ns, s.medianCiLowNs / u.ns, s.medianCiHighNs / u.ns,
                s.medianCiHighNs > 0, s.medianNs > 0};
    case ChartKind::Speedup:
        return {s.speedup, s.speedupCiLow, s.speedupCiHigh, s.speedupCiHigh > 0, s.speedup > 0};
    case ChartKind::Efficiency:
        return {s.efficiency * 100, 0, 0, false, s.speedup > 0};
    }
    return {};
}

double cellX(ChartKind kind, const CellResult &c)
{
    return kind == ChartKind::Granularity ? double(c.chunkSize) : double(c.workers);
}

// A chunk-size sweep runs at one worker count, so it belongs to the granularity chart only.
bool runInChart(ChartKind kind, const RunResult &r)
{
    return (kind == ChartKind::Granularity) == !r.config.chunkSweep.isEmpty();
}

bool cellBelongs(ChartKind kind, const RunResult &r, const CellResult &c)
{
    if (isSerial(c) || !runInChart(kind, r))
        return false;
    return kind != ChartKind::Granularity || c.chunkSize > 0;
}

/// 1, 2, 2.5 or 5 × 10^k: at least raw.
double niceStep(double raw)
{
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

AxisSpec xAxisFor(ChartKind kind, const QList<double> &xs)
{
    AxisSpec a;
    a.title = kind == ChartKind::Granularity ? QStringLiteral("Chunk size (items)")
                                             : QStringLiteral("Workers");
    const double lo = xs.isEmpty() ? 1 : *std::min_element(xs.begin(), xs.end());
    const double hi = xs.isEmpty() ? 1 : *std::max_element(xs.begin(), xs.end());
    a.log2 = lo > 0 && hi / lo >= 4;
    if (a.log2) {
        a.min = lo / std::pow(2.0, 0.25);
        a.max = hi * std::pow(2.0, 0.25);
    } else {
        a.min = std::max(0.0, lo - 0.5);
        a.max = hi + 0.5;
        a.integerTicks = true;
    }
    return a;
}

/// Per-frame state while building one chart.
struct Builder
{
    ChartKind kind;
    ChartSpec spec;
    TimeUnit unit;
    QList<double> xs;
    double yMax = 0;
    bool colorByStrategy = false; ///< one run visible: strategies get distinct hues

    QColor lineColor(const RunEntry &run, const QString &strategy, int index) const
    {
        return colorByStrategy ? strategyColor(strategy) : shade(run.color, index);
    }
    /// Legend names carry the run's label only when several runs share the chart.
    QString prefix(const RunEntry &run) const
    {
        return colorByStrategy ? QString() : run.label + kSep;
    }
    LineStyle lineStyle(const QString &strategy, int index) const
    {
        if (!colorByStrategy)
            return strategyStyle(index);
        const pb::Strategy *s = pb::findStrategy(strategy);
        return s && s->isReference() ? LineStyle::DashDot : LineStyle::Solid;
    }

    void addStrategy(const RunEntry &run, const QString &strategy, int index);
    void addSerialBaseline(const RunEntry &run, double x0, double x1);
    void addAmdahl(const RunEntry &run, const AmdahlFit &fit, int index, const AxisSpec &x);
    void addBest(const RunEntry &run);
};

void Builder::addStrategy(const RunEntry &run, const QString &strategy, int index)
{
    const QString name = prefix(run) + strategy;
    LineSpec line = makeLine(name, lineColor(run, strategy, index), lineStyle(strategy, index),
                             PointMarker::Circle);
    LineSpec failed = makeLine(name + kSep + QStringLiteral("FAILED"), kFailed,
                               LineStyle::PointsOnly, PointMarker::Cross);
    BandSpec band;
    band.name = name + kSep + QStringLiteral("95% CI");
    band.color = line.color;
    QList<const CellResult *> cells;
    for (const CellResult &c : run.result.cells)
        if (c.strategy == strategy && cellBelongs(kind, run.result, c))
            cells.append(&c);
    std::sort(cells.begin(), cells.end(), [this](const CellResult *a, const CellResult *b) {
        return cellX(kind, *a) < cellX(kind, *b);
    });
    for (const CellResult *c : cells) {
        const double x = cellX(kind, *c);
        const Value v = cellValue(kind, *c, unit);
        LineSpec &target = c->error.isEmpty() ? line : failed;
        if (!v.valid && c->error.isEmpty())
            continue;
        target.points.append({x, v.valid ? v.y : 0.0});
        target.tooltips.append(cellTooltip(target.name, *c, unit));
        xs.append(x);
        yMax = std::max({yMax, v.y, v.band ? v.high : 0.0});
        if (v.band && c->error.isEmpty()) {
            band.lower.append({x, v.low});
            band.upper.append({x, v.high});
        }
    }
    if (!band.lower.isEmpty())
        spec.bands.append(band);
    if (!line.points.isEmpty())
        spec.lines.append(line);
    if (!failed.points.isEmpty())
        spec.lines.append(failed);
}

void Builder::addSerialBaseline(const RunEntry &run, double x0, double x1)
{
    const CellResult *serial = run.result.baseline();
    if (!serial || serial->stats.medianNs <= 0)
        return;
    const double y = serial->stats.medianNs / unit.ns;
    LineSpec line = makeLine(prefix(run) + QStringLiteral("serial baseline"), run.color.darker(130),
                             LineStyle::Dashed, PointMarker::None, 1.5);
    line.points = {{x0, y}, {x1, y}};
    const QString tip = cellTooltip(line.name, *serial, unit);
    line.tooltips = {tip, tip};
    yMax = std::max(yMax, y);
    spec.lines.append(line);
}

void Builder::addAmdahl(const RunEntry &run, const AmdahlFit &fit, int index, const AxisSpec &x)
{
    const QString name = prefix(run) + fit.strategy + kSep +
                         QStringLiteral("Amdahl fit f = %1").arg(fit.serialFraction, 0, 'f', 3);
    LineSpec line = makeLine(name, lineColor(run, fit.strategy, index), LineStyle::Dotted);
    // Over this run's own worker counts for the strategy (overlaid runs may differ), and
    // only up to the logical cores, which is all the fit used.
    double lo = 0, measuredHi = 0;
    for (const CellResult &c : run.result.cells)
        if (c.strategy == fit.strategy) {
            lo = lo == 0 ? c.workers : std::min(lo, double(c.workers));
            measuredHi = std::max(measuredHi, double(c.workers));
        }
    if (lo == 0)
        return;
    const int cores = run.result.system.logicalCores;
    const double hi = cores > 0 ? std::max(lo, std::min(measuredHi, double(cores))) : measuredHi;
    constexpr int kSteps = 40;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double w = x.log2 ? lo * std::pow(hi / lo, t) : lo + (hi - lo) * t;
        const double s = pb::amdahlSpeedup(fit.serialFraction, w);
        line.points.append({w, s});
        line.tooltips.append(
            QStringLiteral("%1\nR² = %2 over %3 points\nworkers %4: %5×")
                .arg(name, num(fit.rSquared, 3), QString::number(fit.points), num(w, 3), num(s)));
    }
    spec.lines.append(line);
}

void Builder::addBest(const RunEntry &run)
{
    if (const CellResult *best = pb::bestChunkCell(run.result))
        spec.markers.append(
            {prefix(run) + QStringLiteral("best chunk = ") + QString::number(best->chunkSize),
             double(best->chunkSize), 0, 1, run.color.darker(150)});
    // Where the default lands relative to the valley is the point of a sweep.
    if (run.result.autoChunkSize > 0)
        spec.markers.append({prefix(run) + QStringLiteral("default chunk = ") +
                                 QString::number(run.result.autoChunkSize),
                             double(run.result.autoChunkSize), 0, 1, QColor(0xc0, 0x60, 0x00)});
}

} // namespace

namespace {

double maxTimeNs(const QList<RunEntry> &visible)
{
    double m = 0;
    for (const RunEntry &r : visible)
        for (const CellResult &c : r.result.cells)
            m = std::max({m, c.stats.medianNs, c.stats.medianCiHighNs});
    return m;
}

void addReferenceLines(Builder &b, const QList<RunEntry> &visible)
{
    const AxisSpec &x = b.spec.x;
    QList<double> xs = b.xs;
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    if (b.kind == ChartKind::Time || b.kind == ChartKind::Granularity) {
        for (const RunEntry &run : visible)
            if (runInChart(b.kind, run.result))
                b.addSerialBaseline(run, x.min, x.max);
    } else if (b.kind == ChartKind::Speedup) {
        LineSpec ideal = makeLine(QStringLiteral("ideal"), kReference, LineStyle::Dashed,
                                  PointMarker::None, 1.5);
        for (double w : xs) {
            ideal.points.append({w, w});
            ideal.tooltips.append(QStringLiteral("ideal: speedup %1 on %1 workers").arg(num(w)));
            b.yMax = std::max(b.yMax, w);
        }
        b.spec.lines.prepend(ideal);
        for (const RunEntry &run : visible) {
            const QStringList strategies = parallelStrategies(run.result);
            for (const AmdahlFit &fit : run.result.fits)
                if (strategies.contains(fit.strategy))
                    b.addAmdahl(run, fit, strategies.indexOf(fit.strategy), x);
        }
    } else if (b.kind == ChartKind::Efficiency) {
        LineSpec full = makeLine(QStringLiteral("100 % (ideal)"), kReference, LineStyle::Dashed,
                                 PointMarker::None, 1.5);
        full.points = {{x.min, 100}, {x.max, 100}};
        b.spec.lines.prepend(full);
    }
}

void addCoreMarkers(Builder &b, const QList<RunEntry> &visible)
{
    if (b.kind == ChartKind::Granularity)
        return;
    QList<int> cores;
    for (const RunEntry &r : visible)
        if (r.result.system.logicalCores > 0 && !cores.contains(r.result.system.logicalCores))
            cores.append(r.result.system.logicalCores);
    std::sort(cores.begin(), cores.end());
    const AxisSpec &x = b.spec.x;
    for (int c : cores)
        if (c >= x.min && c <= x.max)
            b.spec.markers.append(
                {QStringLiteral("cores = %1").arg(c), double(c), 0, 1, QColor(0x30, 0x30, 0x30)});
    const double maxX = b.xs.isEmpty() ? 0 : *std::max_element(b.xs.begin(), b.xs.end());
    if (b.kind != ChartKind::Time && !cores.isEmpty() && maxX > cores.first())
        b.spec.regions.append({QStringLiteral("oversubscribed (workers > cores)"),
                               double(cores.first()), x.max, 0, 1, QColor(220, 60, 60, 30)});
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
    }
    return y;
}

bool hasBaseline(const QList<RunEntry> &visible)
{
    return std::any_of(visible.begin(), visible.end(), [](const RunEntry &r) {
        return r.result.baseline() != nullptr && r.result.config.chunkSweep.isEmpty();
    });
}

} // namespace

ChartSpec ChartBuilder::build(ChartKind kind, const QList<RunEntry> &runs)
{
    const QList<RunEntry> visible = visibleRuns(runs);
    Builder b{kind, {}, timeUnitFor(maxTimeNs(visible)), {}, 0, visible.size() == 1};
    b.spec.title = kindTitle(kind);
    if (!visible.isEmpty())
        b.spec.title += QStringLiteral(" — ") + contextTitle(visible.first().result);
    for (const RunEntry &run : visible) {
        const QStringList strategies = parallelStrategies(run.result);
        for (int i = 0; i < strategies.size(); ++i)
            b.addStrategy(run, strategies[i], i);
    }
    const bool baselineOnly = kind == ChartKind::Time && hasBaseline(visible);
    if (b.spec.lines.isEmpty() && !baselineOnly) {
        b.spec = ChartSpec{b.spec.title, {}, {}, {}, {}, {}, {}, emptyMessage(kind, runs, visible)};
        return b.spec;
    }
    b.spec.x = xAxisFor(kind, b.xs);
    addReferenceLines(b, visible);
    if (kind == ChartKind::Granularity)
        for (const RunEntry &run : visible)
            b.addBest(run);
    addCoreMarkers(b, visible);
    b.spec.y = yAxisFor(b);
    for (MarkerSpec &m : b.spec.markers) {
        m.yFrom = b.spec.y.min;
        m.yTo = b.spec.y.max;
    }
    for (RegionSpec &r : b.spec.regions) {
        r.yFrom = b.spec.y.min;
        r.yTo = b.spec.y.max;
    }
    if (!b.spec.bands.isEmpty())
        b.spec.title += QStringLiteral(" · shaded: 95% CI");
    return b.spec;
}

QString ChartBuilder::kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Time:
        return QStringLiteral("Time");
    case ChartKind::Speedup:
        return QStringLiteral("Speedup");
    case ChartKind::Efficiency:
        return QStringLiteral("Efficiency");
    case ChartKind::Granularity:
        return QStringLiteral("Granularity");
    }
    return {};
}

} // namespace pb::ui
