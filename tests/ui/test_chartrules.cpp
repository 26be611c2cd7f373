// The report-figure rules, asserted on the ChartSpec every chart kind produces: legend entries
// once per series and run, none for bands, fits and reference lines, labels on the chart,
// a tick for every measured worker count, the scale named, a palette that stays apart.
#include "chartfixtures.h"
#include "ui/chartbuilder.h"
#include "ui/chartrules.h"
#include "ui/chartstyle.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace pb;
using namespace pb::ui;
using namespace pb::ui::test;

namespace {

using Kind = LegendEntry::Kind;

QStringList legendTexts(const ChartSpec &spec, std::optional<Kind> kind = std::nullopt)
{
    QStringList out;
    for (const LegendEntry &e : spec.legend)
        if (!kind || e.kind == *kind)
            out.append(e.text);
    return out;
}

QList<double> tickValues(const AxisSpec &a)
{
    QList<double> out;
    for (const AxisTick &t : a.ticks)
        out.append(t.value);
    return out;
}

/// A result like the docs example: serial + six strategies over workers 1..4, with fits.
RunResult sixStrategies()
{
    RunResult r = makeResult(120.0, false);
    r.config.workers = {1, 2, 3, 4};
    const CellResult serial = *r.baseline(r.config.size);
    r.cells = {serial};
    const QStringList names{QStringLiteral("mapped"),  QStringLiteral("chunked"),
                            QStringLiteral("inplace"), QStringLiteral("mapreduce"),
                            QStringLiteral("threads"), QStringLiteral("openmp")};
    for (const QString &s : names) {
        for (int w = 1; w <= 4; ++w)
            r.cells.append(makeCell(s, w, 120.0 / std::min(w, 2) * 1.02, serial.samplesNs));
        r.fits.append({s, 0.0, 0.99, 2});
    }
    return r;
}

QList<RunEntry> threeRuns()
{
    return {makeEntry(1, QStringLiteral("run A"), makeResult(120.0)),
            makeEntry(2, QStringLiteral("run B"), makeResult(150.0)),
            makeEntry(3, QStringLiteral("run C"), makeResult(180.0))};
}

} // namespace

TEST(ChartRules, SingleRunLegendListsEachStrategyOnceAndNoFitsOrReferences)
{
    const ChartSpec spec = ChartBuilder::build(
        ChartKind::Speedup, {makeEntry(1, QStringLiteral("r"), sixStrategies())});
    // Before: 15 entries, 6 of them "Amdahl fit f = 0.000", plus ideal, cores, oversubscribed.
    EXPECT_EQ(legendTexts(spec, Kind::Series),
              (QStringList{QStringLiteral("mapped"), QStringLiteral("chunked"),
                           QStringLiteral("inplace"), QStringLiteral("mapreduce"),
                           QStringLiteral("threads"), QStringLiteral("openmp")}));
    EXPECT_TRUE(legendTexts(spec, Kind::Run).isEmpty());
    // Fits and bands are explained once, by notation entries.
    EXPECT_EQ(legendTexts(spec, Kind::Note),
              (QStringList{QStringLiteral("Amdahl fit"), QStringLiteral("95% CI")}));
    for (const QString &t : legendTexts(spec)) {
        EXPECT_FALSE(t.contains(QStringLiteral("f = "))) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("ideal"))) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("cores"))) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("oversubscribed"))) << t.toStdString();
    }
    // The fits are still drawn, in their strategy's colour.
    int fits = 0;
    for (const LineSpec &l : spec.lines)
        if (l.role == SeriesRole::Fit) {
            ++fits;
            EXPECT_EQ(l.color, strategyColor(l.series)) << l.name.toStdString();
        }
    EXPECT_EQ(fits, 6);
}

TEST(ChartRules, ReferencesAreLabelledOnTheChartNotInTheLegend)
{
    for (ChartKind kind : {ChartKind::Time, ChartKind::Speedup, ChartKind::Efficiency}) {
        const ChartSpec spec =
            ChartBuilder::build(kind, {makeEntry(1, QStringLiteral("r"), makeResult())});
        for (const LineSpec &l : spec.lines) {
            if (l.role == SeriesRole::Reference) {
                EXPECT_FALSE(l.label.isEmpty()) << l.name.toStdString();
            }
        }
        ASSERT_FALSE(spec.markers.isEmpty()) << int(kind); // cores = 2 within 1..4 workers
        for (const MarkerSpec &m : spec.markers) {
            EXPECT_FALSE(m.label.isEmpty());
            EXPECT_FALSE(legendTexts(spec).contains(m.name));
        }
        for (const RegionSpec &r : spec.regions)
            EXPECT_FALSE(legendTexts(spec).contains(r.name));
    }
    const ChartSpec speedup =
        ChartBuilder::build(ChartKind::Speedup, {makeEntry(1, QStringLiteral("r"), makeResult())});
    const auto ideal = std::find_if(speedup.lines.begin(), speedup.lines.end(),
                                    [](const LineSpec &l) { return l.name == u"ideal"; });
    ASSERT_NE(ideal, speedup.lines.end());
    EXPECT_EQ(ideal->role, SeriesRole::Reference);
    EXPECT_EQ(ideal->label, QStringLiteral("ideal"));
    EXPECT_EQ(speedup.markers.first().label, QStringLiteral("2 cores"));
}

TEST(ChartRules, OverlayListsStrategiesAndRunsOnceAndTellsRunsApartByPattern)
{
    const ChartSpec spec = ChartBuilder::build(ChartKind::Speedup, threeRuns());
    EXPECT_EQ(legendTexts(spec, Kind::Series),
              (QStringList{QStringLiteral("mapped"), QStringLiteral("chunked")}));
    EXPECT_EQ(
        legendTexts(spec, Kind::Run),
        (QStringList{QStringLiteral("run A"), QStringLiteral("run B"), QStringLiteral("run C")}));
    // Run swatches: pairwise different dash patterns and markers, in neutral grey.
    QList<LegendEntry> runs;
    for (const LegendEntry &e : spec.legend)
        if (e.kind == Kind::Run)
            runs.append(e);
    for (int i = 0; i < runs.size(); ++i)
        for (int j = i + 1; j < runs.size(); ++j) {
            EXPECT_NE(runs[i].style, runs[j].style);
            EXPECT_NE(runs[i].marker, runs[j].marker);
            EXPECT_EQ(runs[i].color, runs[j].color);
        }
    // Every measured line: hue from its strategy, pattern and marker from its run.
    for (const LineSpec &l : spec.lines) {
        if (l.role != SeriesRole::Measured)
            continue;
        EXPECT_EQ(l.color, strategyColor(l.series)) << l.name.toStdString();
        const auto run = std::find_if(runs.begin(), runs.end(),
                                      [&](const LegendEntry &e) { return e.text == l.run; });
        ASSERT_NE(run, runs.end()) << l.name.toStdString();
        EXPECT_EQ(l.style, run->style);
        EXPECT_EQ(l.marker, run->marker);
    }
}

TEST(ChartRules, RunsWithTheSameLabelKeepAnEntryEach)
{
    // The same file opened twice: two runs, two patterns, two legend entries.
    const ChartSpec spec = ChartBuilder::build(
        ChartKind::Speedup, {makeEntry(1, QStringLiteral("result.json"), makeResult()),
                             makeEntry(2, QStringLiteral("result.json"), makeResult())});
    EXPECT_EQ(legendTexts(spec, Kind::Run),
              (QStringList{QStringLiteral("result.json (1)"), QStringLiteral("result.json (2)")}));
    QStringList names;
    for (const LineSpec &l : spec.lines) {
        EXPECT_FALSE(names.contains(l.name)) << l.name.toStdString();
        names.append(l.name);
    }
}

TEST(ChartRules, EveryMeasuredWorkerCountHasATickAndLogScaleIsNamed)
{
    const ChartSpec spec = ChartBuilder::build(
        ChartKind::Speedup, {makeEntry(1, QStringLiteral("r"), sixStrategies())});
    EXPECT_EQ(spec.x.scale, AxisScale::Log2);
    EXPECT_EQ(tickValues(spec.x), (QList<double>{1, 2, 3, 4}));
    QStringList labels;
    for (const AxisTick &t : spec.x.ticks)
        labels.append(t.label);
    EXPECT_EQ(labels, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                   QStringLiteral("4")}));
    EXPECT_EQ(spec.x.title, QStringLiteral("Workers (log scale)"));

    // A linear axis (1..3 workers) has the same ticks and no scale remark.
    RunResult r = makeResult();
    r.cells.removeIf([](const CellResult &c) { return c.workers == 4; });
    QList<CellResult> three;
    for (CellResult c : std::as_const(r.cells))
        if (c.workers == 2 && c.strategy != u"serial") {
            c.workers = 3;
            three.append(c);
        }
    r.cells += three;
    const ChartSpec linear =
        ChartBuilder::build(ChartKind::Time, {makeEntry(1, QStringLiteral("r"), r)});
    EXPECT_EQ(linear.x.scale, AxisScale::Linear);
    EXPECT_EQ(tickValues(linear.x), (QList<double>{1, 2, 3}));
    EXPECT_EQ(linear.x.title, QStringLiteral("Workers"));
}

TEST(ChartRules, GranularityTicksAtChunkSizesAndDefaultChunkOnlyForSweeps)
{
    RunResult plain = makeResult();
    plain.autoChunkSize = 512; // a normal run with an automatic chunk: no sweep
    RunResult sweep = makeSweepResult();
    sweep.autoChunkSize = 64;
    const ChartSpec spec =
        ChartBuilder::build(ChartKind::Granularity, {makeEntry(1, QStringLiteral("plain"), plain),
                                                     makeEntry(2, QStringLiteral("sweep"), sweep)});
    EXPECT_EQ(tickValues(spec.x), (QList<double>{1, 16, 256, 4096}));
    EXPECT_EQ(spec.x.title, QStringLiteral("Chunk size (items, log scale)"));
    QStringList markers;
    for (const MarkerSpec &m : spec.markers)
        markers.append(m.name);
    EXPECT_EQ(markers, (QStringList{QStringLiteral("best chunk = 256"),
                                    QStringLiteral("default chunk = 64")}));
    EXPECT_TRUE(legendTexts(spec, Kind::Run).isEmpty()); // only the sweep is on this chart
}

TEST(ChartRules, SerialBaselineLooksLikeNoStrategy)
{
    const ChartSpec spec =
        ChartBuilder::build(ChartKind::Time, {makeEntry(1, QStringLiteral("r"), sixStrategies())});
    const auto baseline = std::find_if(spec.lines.begin(), spec.lines.end(), [](const LineSpec &l) {
        return l.role == SeriesRole::Baseline;
    });
    ASSERT_NE(baseline, spec.lines.end());
    EXPECT_EQ(baseline->style, LineStyle::Dashed);
    EXPECT_EQ(baseline->marker, PointMarker::None);
    for (const LineSpec &l : spec.lines)
        if (l.role == SeriesRole::Measured) {
            EXPECT_EQ(l.style, LineStyle::Solid) << l.name.toStdString();
            EXPECT_GT(deltaE(l.color, baseline->color), 40) << l.name.toStdString();
        }
    EXPECT_TRUE(legendTexts(spec, Kind::Series).contains(QStringLiteral("serial (baseline)")));
}

TEST(ChartRules, SubtitleNamesWhatOverlaidRunsShareAndWhereTheyDiffer)
{
    RunResult fine = makeResult();
    fine.workloadName = QStringLiteral("fine");
    fine.config.size = 1000000;
    const ChartSpec spec =
        ChartBuilder::build(ChartKind::Speedup, {makeEntry(1, QStringLiteral("a"), makeResult()),
                                                 makeEntry(2, QStringLiteral("b"), fine)});
    EXPECT_EQ(spec.title, QStringLiteral("Speedup vs workers"));
    EXPECT_TRUE(spec.subtitle.startsWith(QStringLiteral("primes, fine · n = 30")))
        << spec.subtitle.toStdString();
    EXPECT_TRUE(spec.subtitle.endsWith(QStringLiteral("2 logical cores")));
}

TEST(ChartRules, RulesApplyToAnyChartKindAndAreIdempotent)
{
    // A chart built elsewhere (a new kind): roles decide, whatever the names say.
    ChartSpec spec;
    spec.x.scale = AxisScale::Log10;
    spec.x.min = 80;
    spec.x.max = 2e7;
    spec.x.title = QStringLiteral("Items");
    for (int run = 0; run < 2; ++run)
        for (const QString &s : {QStringLiteral("mapped"), QStringLiteral("chunked")}) {
            LineSpec l;
            l.name = QStringLiteral("%1 %2").arg(run).arg(s);
            l.series = s;
            l.run = QStringLiteral("machine %1").arg(run);
            l.points = {{100, 1}, {1e6, 2}};
            l.width = 0.5; // too thin for print
            spec.lines.append(l);
        }
    LineSpec one;
    one.name = QStringLiteral("speedup 1");
    one.role = SeriesRole::Reference;
    one.label = QStringLiteral("1.0 (break-even)");
    one.points = {{100, 1}, {1e7, 1}};
    spec.lines.append(one);
    LineSpec fit;
    fit.name = QStringLiteral("cost model");
    fit.role = SeriesRole::Fit;
    fit.label = QStringLiteral("t0 + c·N fit");
    fit.points = {{100, 1}, {1e7, 3}};
    spec.lines.append(fit);

    applyFigureRules(spec);
    EXPECT_EQ(spec.x.title, QStringLiteral("Items (log scale)"));
    EXPECT_EQ(tickValues(spec.x), (QList<double>{100, 1000, 1e4, 1e5, 1e6, 1e7}));
    EXPECT_EQ(spec.x.ticks.last().label, QStringLiteral("10M"));
    EXPECT_EQ(legendTexts(spec),
              (QStringList{QStringLiteral("mapped"), QStringLiteral("chunked"),
                           QStringLiteral("machine 0"), QStringLiteral("machine 1"),
                           QStringLiteral("t0 + c·N fit")}));
    for (const LineSpec &l : spec.lines)
        EXPECT_GE(l.width, kReferenceWidth) << l.name.toStdString();

    const ChartSpec once = spec;
    applyFigureRules(spec);
    EXPECT_EQ(spec.x.title, once.x.title);
    EXPECT_EQ(spec.x.ticks, once.x.ticks);
    EXPECT_EQ(spec.legend, once.legend);
}

TEST(ChartRules, TicksAreThinnedOnlyWhenCrowded)
{
    EXPECT_EQ(ticksAt({4, 1, 2, 2, 3}).size(), 4);
    QList<double> many;
    for (int w = 1; w <= 64; ++w)
        many.append(w);
    const QList<AxisTick> thin = ticksAt(many, 16);
    EXPECT_LE(thin.size(), 16);
    EXPECT_EQ(thin.first().value, 1);
    EXPECT_EQ(thin.last().value, 64);
    EXPECT_EQ(compactNumber(3), QStringLiteral("3"));
    EXPECT_EQ(compactNumber(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(compactNumber(4096), QStringLiteral("4096"));
    EXPECT_EQ(compactNumber(16384), QStringLiteral("16Ki"));
    EXPECT_EQ(compactNumber(1048576), QStringLiteral("1Mi"));
    EXPECT_EQ(compactNumber(100000), QStringLiteral("100k"));
    EXPECT_EQ(compactNumber(1e6), QStringLiteral("1M"));
    EXPECT_EQ(compactNumber(12345), QStringLiteral("12345"));
}
