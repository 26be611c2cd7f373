#include "ui/chartbuilder.h"

#include "core/stats/amdahl.h"
#include "core/stats/granularity.h"
#include "ui/changechart.h"
#include "ui/chartbuilderparts.h"
#include "ui/chartlabels.h"
#include "ui/chartrules.h"
#include "ui/chartstyle.h"
#include "ui/machineschart.h"
#include "ui/runfacts.h"

#include <algorithm>
#include <cmath>

namespace pb::ui {

using namespace chartlabels;

namespace chartparts {

const QString kSep = QStringLiteral(" · ");

LineSpec makeLine(const QString &name, const QColor &color, LineStyle style, PointMarker marker,
                  double width)
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

QStringList parallelStrategies(const RunResult &r)
{
    QStringList out;
    for (const CellResult &c : r.cells)
        if (!isSerial(c) && !out.contains(c.strategy))
            out.append(c.strategy);
    return out;
}

bool runInChart(ChartKind kind, const RunResult &r)
{
    return (kind == ChartKind::Granularity) == !r.config.chunkSweep.isEmpty();
}

Builder::Builder(ChartKind k, const QList<RunEntry> &inChart, const TimeUnit &u)
    : kind(k), runs(inChart), unit(u), colors([&] {
          QStringList names;
          for (const RunEntry &r : inChart)
              for (const QString &s : parallelStrategies(r.result))
                  if (!names.contains(s))
                      names.append(s);
          return names;
      }()),
      names(legendNames(inChart))
{
}

RunStyle Builder::styleOf(const RunEntry &run) const
{
    for (int i = 0; i < runs.size(); ++i)
        if (runs[i].id == run.id)
            return runStyle(i);
    return runStyle(0);
}

QString Builder::runName(const RunEntry &run) const
{
    // What differs between the runs (legendNames); two runs that read the same (one file
    // opened twice) still get an entry each.
    const QString own = names.value(run.id, run.label);
    int same = 0, index = 0;
    for (const RunEntry &r : runs)
        if (names.value(r.id, r.label) == own) {
            ++same;
            if (r.id == run.id)
                index = same;
        }
    return same > 1 ? QStringLiteral("%1 (%2)").arg(own).arg(index) : own;
}

QString Builder::prefix(const RunEntry &run) const
{
    return overlay() ? runName(run) + kSep : QString();
}

namespace {

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
    case ChartKind::Change: // built by changechart / machineschart
    case ChartKind::Machines:
        break;
    }
    return {};
}

double cellX(ChartKind kind, const CellResult &c)
{
    return kind == ChartKind::Granularity ? double(c.chunkSize) : double(c.workers);
}

bool cellBelongs(ChartKind kind, const CellResult &c, qint64 size)
{
    return !isSerial(c) && c.size == size && (kind != ChartKind::Granularity || c.chunkSize > 0);
}

} // namespace

void Builder::addStrategy(const RunEntry &run, const QString &strategy)
{
    const QString name = prefix(run) + strategy;
    const RunStyle rs = styleOf(run);
    LineSpec line = makeLine(name, colors.color(strategy), rs.style, rs.marker);
    line.series = strategy;
    line.run = overlay() ? runName(run) : QString();
    LineSpec failed = makeLine(name + kSep + QStringLiteral("FAILED"), failedColor(),
                               LineStyle::PointsOnly, PointMarker::Cross);
    failed.role = SeriesRole::Failed;
    failed.series = QStringLiteral("failed cell");
    BandSpec band;
    band.name = name + kSep + QStringLiteral("95% CI");
    band.label = QStringLiteral("95% CI");
    band.color = line.color;
    band.color.setAlpha(overlay() ? 34 : 60); // stacked bands of several runs stay readable
    QList<const CellResult *> cells;
    for (const CellResult &c : run.result.cells)
        if (c.strategy == strategy && cellBelongs(kind, c, shownSize(run)))
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
    const CellResult *serial = run.result.baseline(shownSize(run));
    if (!serial || serial->stats.medianNs <= 0)
        return;
    const double y = serial->stats.medianNs / unit.ns;
    // Near-black and unmarked: no strategy looks like it. In overlays the run's pattern says
    // whose baseline it is; alone it is dashed.
    LineSpec line = makeLine(prefix(run) + QStringLiteral("serial baseline"), baselineColor(),
                             overlay() ? styleOf(run).style : LineStyle::Dashed, PointMarker::None,
                             kReferenceWidth);
    line.role = SeriesRole::Baseline;
    line.series = QStringLiteral("serial (baseline)");
    line.run = overlay() ? runName(run) : QString();
    line.points = {{x0, y}, {x1, y}};
    const QString tip = cellTooltip(line.name, *serial, unit);
    line.tooltips = {tip, tip};
    yMax = std::max(yMax, y);
    spec.lines.append(line);
}

void Builder::addAmdahl(const RunEntry &run, const AmdahlFit &fit, const AxisSpec &x)
{
    const QString name = prefix(run) + fit.strategy + kSep +
                         QStringLiteral("Amdahl fit f = %1").arg(fit.serialFraction, 0, 'f', 3);
    LineSpec line = makeLine(name, colors.color(fit.strategy), LineStyle::Dotted, PointMarker::None,
                             kReferenceWidth);
    line.role = SeriesRole::Fit;
    line.series = fit.strategy;
    line.label = QStringLiteral("Amdahl fit");
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
        const double w = x.isLog() ? lo * std::pow(hi / lo, t) : lo + (hi - lo) * t;
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
    const RunStyle rs = styleOf(run);
    if (const CellResult *best = pb::bestChunkCell(run.result)) {
        MarkerSpec m{prefix(run) + QStringLiteral("best chunk = ") +
                         QString::number(best->chunkSize),
                     double(best->chunkSize),
                     0,
                     1,
                     baselineColor(),
                     QStringLiteral("best ") + compactNumber(double(best->chunkSize)),
                     overlay() ? rs.style : LineStyle::Dashed};
        spec.markers.append(m);
    }
    // Where the default lands relative to the valley is the point of a sweep.
    if (run.result.autoChunkSize > 0)
        spec.markers.append(
            {prefix(run) + QStringLiteral("default chunk = ") +
                 QString::number(run.result.autoChunkSize),
             double(run.result.autoChunkSize), 0, 1, referenceColor(),
             QStringLiteral("default ") + compactNumber(double(run.result.autoChunkSize)),
             LineStyle::Dotted});
}

} // namespace chartparts

namespace {

using chartparts::Builder;

/// The largest time of the sizes shown: it picks the time unit.
double maxTimeNs(const QList<RunEntry> &runs, const ChartView &view)
{
    double m = 0;
    for (const RunEntry &r : runs) {
        const qint64 size = ChartBuilder::shownSize(r.result, view);
        for (const CellResult &c : r.result.cells)
            if (c.size == size)
                m = std::max({m, c.stats.medianNs, c.stats.medianCiHighNs});
    }
    return m;
}

bool hasBaseline(const QList<RunEntry> &runs, const ChartView &view)
{
    return std::any_of(runs.begin(), runs.end(), [&view](const RunEntry &r) {
        return r.result.baseline(ChartBuilder::shownSize(r.result, view)) != nullptr;
    });
}

QString subtitleFor(const QList<RunEntry> &runs)
{
    QList<const RunResult *> results;
    for (const RunEntry &r : runs)
        results.append(&r.result);
    return contextTitle(results);
}

} // namespace

qint64 ChartBuilder::shownSize(const pb::RunResult &result, const ChartView &view)
{
    const QList<qint64> sizes = result.sizes();
    if (sizes.isEmpty())
        return result.config.size;
    return sizes.contains(view.size) ? view.size : sizes.constLast();
}

ChartSpec ChartBuilder::build(ChartKind kind, const QList<RunEntry> &runs, const ChartView &view)
{
    if (kind == ChartKind::Change || kind == ChartKind::Machines) {
        ChartSpec spec =
            kind == ChartKind::Change ? buildChangeChart(runs) : buildMachinesChart(runs);
        applyFigureRules(spec);
        return spec;
    }
    QList<RunEntry> visible, inChart;
    for (const RunEntry &r : runs)
        if (r.visible) {
            visible.append(r);
            if (chartparts::runInChart(kind, r.result))
                inChart.append(r);
        }
    Builder b(kind, inChart, timeUnitFor(maxTimeNs(inChart, view)));
    b.view = view;
    b.spec.title = kindTitle(kind);
    b.spec.subtitle = subtitleFor(inChart.isEmpty() ? visible : inChart);
    for (const RunEntry &run : inChart)
        for (const QString &strategy : chartparts::parallelStrategies(run.result))
            b.addStrategy(run, strategy);
    const bool baselineOnly = kind == ChartKind::Time && hasBaseline(inChart, view);
    if (b.spec.lines.isEmpty() && !baselineOnly) {
        ChartSpec empty;
        empty.title = b.spec.title;
        empty.subtitle = b.spec.subtitle;
        empty.emptyMessage = emptyMessage(kind, runs, visible);
        return empty;
    }
    chartparts::finishAxesAndReferences(b);
    applyFigureRules(b.spec);
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
    case ChartKind::Change:
        return QStringLiteral("Change");
    case ChartKind::Machines:
        return QStringLiteral("Machines");
    }
    return {};
}

} // namespace pb::ui
