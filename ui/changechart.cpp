#include "ui/changechart.h"

#include "core/compare/comparer.h"
#include "core/compare/comparisonphrases.h"
#include "ui/chartaxes.h"
#include "ui/chartlabels.h"
#include "ui/chartstyle.h"
#include "ui/runfacts.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace pb::ui {
namespace {

const QString kSep = QStringLiteral(" · ");

QString pointTooltip(const QString &series, const pb::CellComparison &c)
{
    QString t = QStringLiteral("%1\nworkers: %2\nchange: %3\np = %4\nverdict: %5")
                    .arg(series)
                    .arg(c.key.workers)
                    .arg(pb::cmpfmt::changeText(c), pb::cmpfmt::pText(c.pValue),
                         pb::verdictName(c.verdict));
    if (!c.note.isEmpty())
        t += QStringLiteral(" (%1)").arg(c.note);
    return t;
}

struct Frame
{
    ChartSpec spec;
    QList<double> xs;
    double lo = 1, hi = 1;
    SeriesColors colors{QStringList{}};
    QMap<int, QList<LineSpec>> verdictPoints; ///< by Verdict: one scatter per run
};

/// One run's cells: a line per strategy (its hue; the run's dash pattern among the compared
/// runs), 95% CI whiskers, and the points in their verdict's colour and marker on top.
void addRun(Frame &f, const QString &name, int rank, const pb::Comparison &c)
{
    QStringList strategies;
    for (const pb::CellComparison &cell : c.cells)
        if (!strategies.contains(cell.key.strategy))
            strategies << cell.key.strategy;
    const RunStyle rs = runStyle(rank);
    QMap<int, LineSpec> verdicts;
    for (const QString &strategy : std::as_const(strategies)) {
        LineSpec line;
        line.name = name.isEmpty() ? strategy : name + kSep + strategy;
        // serial is near-black as everywhere; the verdict markers sit on the points, so runs are
        // told apart by dash pattern alone.
        line.color =
            strategy == QLatin1String("serial") ? baselineColor() : f.colors.color(strategy);
        line.style = rs.style;
        line.marker = PointMarker::None;
        line.series = strategy;
        line.run = name;
        ErrorBarSpec bars;
        bars.name = line.name + QStringLiteral(" · 95% CI");
        bars.label = QStringLiteral("95% CI (whiskers)");
        bars.color = line.color;
        QList<const pb::CellComparison *> cells;
        for (const pb::CellComparison &cell : c.cells)
            if (cell.key.strategy == strategy && std::isfinite(cell.ratio))
                cells << &cell;
        std::sort(cells.begin(), cells.end(),
                  [](const auto *a, const auto *b) { return a->key.workers < b->key.workers; });
        for (const pb::CellComparison *cell : std::as_const(cells)) {
            const QPointF p(cell->key.workers, cell->ratio);
            const QString tip = pointTooltip(line.name, *cell);
            line.points << p;
            line.tooltips << tip;
            f.xs << p.x();
            f.lo = std::min(f.lo, cell->ratio);
            f.hi = std::max(f.hi, cell->ratio);
            if (std::isfinite(cell->ratioLow) && std::isfinite(cell->ratioHigh)) {
                bars.points << p;
                bars.low << cell->ratioLow;
                bars.high << cell->ratioHigh;
                bars.tooltips << tip;
                f.lo = std::min(f.lo, cell->ratioLow);
                f.hi = std::max(f.hi, cell->ratioHigh);
            }
            LineSpec &dots = verdicts[int(cell->verdict)];
            dots.points << p;
            dots.tooltips << tip;
        }
        if (line.points.isEmpty())
            continue;
        f.spec.lines << line;
        if (!bars.points.isEmpty())
            f.spec.errorBars << bars;
    }
    for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
        LineSpec dots = it.value();
        const pb::Verdict v = pb::Verdict(it.key());
        dots.series = pb::verdictName(v);
        dots.name = name.isEmpty() ? dots.series : name + kSep + dots.series;
        dots.run = name;
        dots.color = verdictColor(v);
        dots.style = LineStyle::PointsOnly;
        dots.marker = verdictMarker(v);
        dots.width = 2.5; // markers a little larger than the lines' points
        f.verdictPoints[it.key()] << dots;
    }
}

void addReferences(Frame &f, const pb::CompareOptions &options)
{
    const double x0 = f.spec.x.min, x1 = f.spec.x.max;
    BandSpec noise;
    noise.label = QStringLiteral("±%1 % noise").arg(QString::number(options.noise * 100, 'g', 3));
    noise.name = QStringLiteral("±%1% noise").arg(QString::number(options.noise * 100, 'g', 3));
    noise.lower = {{x0, 1 - options.noise}, {x1, 1 - options.noise}};
    noise.upper = {{x0, 1 + options.noise}, {x1, 1 + options.noise}};
    noise.color = QColor(0x80, 0x80, 0x80, 60);
    f.spec.bands.prepend(noise);
    LineSpec one;
    one.name = QStringLiteral("no change (= baseline)");
    one.label = QStringLiteral("no change");
    one.role = SeriesRole::Reference;
    one.points = {{x0, 1}, {x1, 1}};
    one.tooltips = {one.name, one.name};
    one.color = referenceColor();
    one.style = LineStyle::Dashed;
    one.width = kReferenceWidth;
    f.spec.lines.prepend(one);
}

QString emptyChangeMessage(const QList<RunEntry> &runs, const RunEntry *base)
{
    if (runs.isEmpty())
        return QStringLiteral("No results yet — press Run to measure.");
    if (!base)
        return QStringLiteral("No baseline: right-click a run in the Runs list and choose \"Use "
                              "as baseline\"; the ticked runs are then shown as their time "
                              "ratio to it.");
    return QStringLiteral("Tick another run in the Runs list to see how it changed against the "
                          "baseline \"%1\".")
        .arg(base->label);
}

} // namespace

const RunEntry *baselineRun(const QList<RunEntry> &runs)
{
    for (const RunEntry &r : runs)
        if (r.baseline)
            return &r;
    return nullptr;
}

std::optional<pb::Comparison> comparisonWithBaseline(const QList<RunEntry> &runs,
                                                     const RunEntry &run,
                                                     const pb::CompareOptions &options)
{
    const RunEntry *base = baselineRun(runs);
    if (!base || base->id == run.id)
        return std::nullopt;
    return pb::compareResults(base->result, run.result, options, base->label, run.label);
}

PointMarker verdictMarker(pb::Verdict v)
{
    switch (v) {
    case pb::Verdict::Regressed:
        return PointMarker::Triangle;
    case pb::Verdict::Improved:
        return PointMarker::Diamond;
    case pb::Verdict::WithinNoise:
        return PointMarker::Square;
    case pb::Verdict::NoChange:
    case pb::Verdict::TooFewSamples:
        return PointMarker::Circle;
    case pb::Verdict::Failed:
        return PointMarker::Cross;
    }
    return PointMarker::Circle;
}

QColor verdictColor(pb::Verdict v)
{
    // Criterion's red and green, darkened; the marker (verdictMarker) tells them apart for
    // people who cannot see the difference. The rest are a dark yellow and greys.
    switch (v) {
    case pb::Verdict::Regressed:
        return QColor(0xc0, 0x1c, 0x28);
    case pb::Verdict::Improved:
        return QColor(0x1a, 0x7f, 0x37);
    case pb::Verdict::WithinNoise:
        return QColor(0xc9, 0xa8, 0x00);
    case pb::Verdict::NoChange:
        return QColor(0x8c, 0x8c, 0x8c);
    case pb::Verdict::TooFewSamples:
        return QColor(0xc8, 0xc8, 0xc8);
    case pb::Verdict::Failed:
        return QColor(0x20, 0x20, 0x20);
    }
    return Qt::black;
}

ChartSpec buildChangeChart(const QList<RunEntry> &runs, const pb::CompareOptions &options)
{
    Frame f;
    f.spec.title = chartlabels::kindTitle(ChartKind::Change);
    const RunEntry *base = baselineRun(runs);
    QList<RunEntry> others;
    for (const RunEntry &r : runs)
        if (r.visible && (!base || r.id != base->id) && r.result.config.chunkSweep.isEmpty())
            others << r;
    if (!base || others.isEmpty()) {
        f.spec.emptyMessage = emptyChangeMessage(runs, base);
        return f.spec;
    }
    const QHash<int, QString> names = legendNames(QList<RunEntry>{*base} + others);
    QStringList strategies;
    QList<pb::Comparison> comparisons;
    for (const RunEntry &r : std::as_const(others)) {
        comparisons << pb::compareResults(base->result, r.result, options, base->label, r.label);
        for (const pb::CellComparison &cell : std::as_const(comparisons.last().cells))
            if (!strategies.contains(cell.key.strategy))
                strategies << cell.key.strategy;
    }
    f.colors = SeriesColors(strategies);
    for (qsizetype i = 0; i < others.size(); ++i)
        addRun(f, others.size() > 1 ? names.value(others[i].id) : QString(), int(i),
               comparisons[i]);
    if (f.spec.lines.isEmpty()) {
        f.spec.emptyMessage = QStringLiteral("The ticked runs share no cell (workload, size, "
                                             "strategy, workers) with the baseline.");
        return f.spec;
    }
    QList<const pb::RunResult *> all{&base->result};
    for (const RunEntry &r : std::as_const(others))
        all << &r.result;
    f.spec.subtitle = QStringLiteral("baseline: %1 · below 1 is faster · %2")
                          .arg(names.value(base->id), chartlabels::contextTitle(all));
    f.spec.x = workersAxis(f.xs);
    f.spec.y = valueAxis(QStringLiteral("Time / baseline time"), std::min(f.lo, 1 - options.noise),
                         std::max(f.hi, 1 + options.noise));
    addReferences(f, options);
    for (const QList<LineSpec> &dots : std::as_const(f.verdictPoints))
        f.spec.lines << dots; // on top of the lines, in the verdicts' order
    return f.spec;
}

} // namespace pb::ui
