#include "chartfixtures.h"
#include "ui/chartpanel.h"

#include <QApplication>
#include <QLabel>
#include <QStackedWidget>

#include <gtest/gtest.h>

#include <cmath>

using namespace pb;
using namespace pb::ui;
using namespace pb::ui::test;

namespace {

using Series = QList<QPair<QString, QList<QPointF>>>;

const QList<QPointF> *find(const Series &s, const QString &name)
{
    for (const auto &p : s)
        if (p.first == name)
            return &p.second;
    return nullptr;
}

QStringList names(const Series &s)
{
    QStringList out;
    for (const auto &p : s)
        out.append(p.first);
    return out;
}

QString shownMessage(const ChartPanel &panel)
{
    QStringList texts;
    for (QStackedWidget *stack : panel.findChildren<QStackedWidget *>())
        if (auto *label = qobject_cast<QLabel *>(stack->currentWidget()))
            texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST(ChartPanel, EmptyStateShowsMessageAndNoSeries)
{
    ChartPanel panel;
    panel.setRuns({});
    for (ChartKind k :
         {ChartKind::Time, ChartKind::Speedup, ChartKind::Efficiency, ChartKind::Granularity})
        EXPECT_TRUE(panel.seriesData(k).isEmpty());
    EXPECT_TRUE(shownMessage(panel).contains(QStringLiteral("press Run")))
        << shownMessage(panel).toStdString();

    RunEntry noCells = makeEntry(1, QStringLiteral("A"), RunResult{});
    panel.setRuns({noCells});
    EXPECT_TRUE(panel.seriesData(ChartKind::Speedup).isEmpty());
    EXPECT_TRUE(shownMessage(panel).contains(QStringLiteral("No results yet")));
}

TEST(ChartPanel, SpeedupLinesEqualStoredSpeedups)
{
    const RunResult r = makeResult();
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), r)});
    const Series s = panel.seriesData(ChartKind::Speedup);
    for (const QString &strategy : {QStringLiteral("mapped"), QStringLiteral("chunked")}) {
        const QList<QPointF> *line = find(s, QStringLiteral("") + strategy);
        ASSERT_NE(line, nullptr) << names(s).join(QLatin1Char('|')).toStdString();
        ASSERT_EQ(line->size(), 3);
        for (const QPointF &p : *line) {
            const CellResult *c = r.cell(strategy, int(p.x()), r.config.size);
            ASSERT_NE(c, nullptr);
            EXPECT_GT(c->stats.speedup, 0);
            EXPECT_DOUBLE_EQ(p.y(), c->stats.speedup);
        }
        const QList<QPointF> *low = find(s, QStringLiteral("%1 · 95% CI (low)").arg(strategy));
        const QList<QPointF> *high = find(s, QStringLiteral("%1 · 95% CI (high)").arg(strategy));
        ASSERT_NE(low, nullptr);
        ASSERT_NE(high, nullptr);
        ASSERT_EQ(low->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const CellResult *c = r.cell(strategy, int((*low)[i].x()), r.config.size);
            EXPECT_DOUBLE_EQ((*low)[i].y(), c->stats.speedupCiLow);
            EXPECT_DOUBLE_EQ((*high)[i].y(), c->stats.speedupCiHigh);
            EXPECT_LT((*low)[i].y(), (*high)[i].y());
        }
    }
}

TEST(ChartPanel, SpeedupHasIdealLineCoresMarkerAndOversubscription)
{
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), makeResult())});
    const Series s = panel.seriesData(ChartKind::Speedup);
    const QList<QPointF> *ideal = find(s, QStringLiteral("ideal"));
    ASSERT_NE(ideal, nullptr);
    QList<double> xs;
    for (const QPointF &p : *ideal) {
        EXPECT_DOUBLE_EQ(p.y(), p.x());
        xs.append(p.x());
    }
    EXPECT_EQ(xs, (QList<double>{1, 2, 4}));

    const QList<QPointF> *cores = find(s, QStringLiteral("cores = 2"));
    ASSERT_NE(cores, nullptr);
    ASSERT_EQ(cores->size(), 2);
    EXPECT_DOUBLE_EQ((*cores)[0].x(), 2);
    EXPECT_DOUBLE_EQ((*cores)[1].x(), 2);
    EXPECT_LT((*cores)[0].y(), (*cores)[1].y());

    const QList<QPointF> *over = find(s, QStringLiteral("oversubscribed (workers > cores) (low)"));
    ASSERT_NE(over, nullptr);
    EXPECT_DOUBLE_EQ(over->first().x(), 2);
    EXPECT_GE(over->last().x(), 4);
}

TEST(ChartPanel, AmdahlCurveFollowsStoredFit)
{
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), makeResult())});
    const Series s = panel.seriesData(ChartKind::Speedup);
    const QList<QPointF> *fit = find(s, QStringLiteral("mapped · Amdahl fit f = 0.031"));
    ASSERT_NE(fit, nullptr) << names(s).join(QLatin1Char('|')).toStdString();
    ASSERT_GE(fit->size(), 10);
    EXPECT_DOUBLE_EQ(fit->first().x(), 1);
    // Measured up to 4 workers on 2 cores: the fit (and its curve) stop at the cores.
    EXPECT_DOUBLE_EQ(fit->last().x(), 2);
    for (const QPointF &p : *fit)
        EXPECT_NEAR(p.y(), 1.0 / (0.031 + (1 - 0.031) / p.x()), 1e-9);

    panel.setRuns({makeEntry(1, QStringLiteral("run A"), makeResult(120.0, false))});
    for (const QString &n : names(panel.seriesData(ChartKind::Speedup)))
        EXPECT_FALSE(n.contains(QStringLiteral("Amdahl"))) << n.toStdString();
}

TEST(ChartPanel, TimeChartPlotsMediansInMillisecondsAndSerialBaseline)
{
    const RunResult r = makeResult();
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), r)});
    const Series s = panel.seriesData(ChartKind::Time);
    const QList<QPointF> *mapped = find(s, QStringLiteral("mapped"));
    ASSERT_NE(mapped, nullptr);
    for (const QPointF &p : *mapped)
        EXPECT_DOUBLE_EQ(
            p.y(),
            r.cell(QStringLiteral("mapped"), int(p.x()), r.config.size)->stats.medianNs / 1e6);
    const QList<QPointF> *low = find(s, QStringLiteral("mapped · 95% CI (low)"));
    ASSERT_NE(low, nullptr);
    for (const QPointF &p : *low)
        EXPECT_DOUBLE_EQ(
            p.y(),
            r.cell(QStringLiteral("mapped"), int(p.x()), r.config.size)->stats.medianCiLowNs / 1e6);
    const QList<QPointF> *serial = find(s, QStringLiteral("serial baseline"));
    ASSERT_NE(serial, nullptr);
    ASSERT_EQ(serial->size(), 2);
    EXPECT_DOUBLE_EQ((*serial)[0].y(), r.baseline(r.config.size)->stats.medianNs / 1e6);
    EXPECT_DOUBLE_EQ((*serial)[1].y(), (*serial)[0].y());
    EXPECT_LE((*serial)[0].x(), 1);
    EXPECT_GE((*serial)[1].x(), 4);
}

TEST(ChartPanel, EfficiencyInPercentWithReferenceLine)
{
    const RunResult r = makeResult();
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), r)});
    const Series s = panel.seriesData(ChartKind::Efficiency);
    const QList<QPointF> *line = find(s, QStringLiteral("chunked"));
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->size(), 3);
    for (const QPointF &p : *line)
        EXPECT_DOUBLE_EQ(
            p.y(),
            r.cell(QStringLiteral("chunked"), int(p.x()), r.config.size)->stats.efficiency * 100);
    const QList<QPointF> *ref = find(s, QStringLiteral("100 % (ideal)"));
    ASSERT_NE(ref, nullptr);
    for (const QPointF &p : *ref)
        EXPECT_DOUBLE_EQ(p.y(), 100);
}

TEST(ChartPanel, HiddenRunsAreNotPlottedAndVisibleRunsOverlay)
{
    RunEntry a = makeEntry(1, QStringLiteral("run A"), makeResult());
    RunEntry b = makeEntry(2, QStringLiteral("run B"), makeResult(200.0));
    ChartPanel panel;
    panel.setRuns({a, b});
    QStringList n = names(panel.seriesData(ChartKind::Speedup));
    EXPECT_TRUE(n.contains(QStringLiteral("run A · mapped")));
    EXPECT_TRUE(n.contains(QStringLiteral("run B · mapped")));

    b.visible = false;
    panel.setRuns({a, b});
    for (ChartKind k : {ChartKind::Time, ChartKind::Speedup, ChartKind::Efficiency}) {
        n = names(panel.seriesData(k));
        // One run left: the legend drops the run label and strategies get their own hues.
        EXPECT_TRUE(n.contains(QStringLiteral("mapped")));
        for (const QString &name : n)
            EXPECT_FALSE(name.startsWith(QStringLiteral("run B"))) << name.toStdString();
    }

    a.visible = false;
    panel.setRuns({a, b});
    EXPECT_TRUE(panel.seriesData(ChartKind::Speedup).isEmpty());
    EXPECT_TRUE(shownMessage(panel).contains(QStringLiteral("hidden")));
}

TEST(ChartPanel, FailedCellsAreMarkedNotDrawnAsValid)
{
    RunResult r = makeResult();
    for (CellResult &c : r.cells)
        if (c.strategy == QLatin1String("mapped") && c.workers == 4) {
            c.error = QStringLiteral("output differs from serial at index 17");
            c.verified = false;
        }
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), r)});
    const Series s = panel.seriesData(ChartKind::Speedup);
    const QList<QPointF> *line = find(s, QStringLiteral("mapped"));
    ASSERT_NE(line, nullptr);
    for (const QPointF &p : *line)
        EXPECT_NE(p.x(), 4);
    const QList<QPointF> *failed = find(s, QStringLiteral("mapped · FAILED"));
    ASSERT_NE(failed, nullptr);
    ASSERT_EQ(failed->size(), 1);
    EXPECT_DOUBLE_EQ(failed->first().x(), 4);
    const QList<QPointF> *low = find(s, QStringLiteral("mapped · 95% CI (low)"));
    ASSERT_NE(low, nullptr);
    EXPECT_EQ(low->size(), 2);
}

TEST(ChartPanel, GranularityEmptyWithoutSweepAndMarksBestChunk)
{
    ChartPanel panel;
    panel.setCurrentChart(ChartKind::Granularity);
    EXPECT_EQ(panel.currentChart(), ChartKind::Granularity);
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), makeResult())});
    EXPECT_TRUE(panel.seriesData(ChartKind::Granularity).isEmpty());
    EXPECT_TRUE(shownMessage(panel).contains(QStringLiteral("chunk-size sweep")));

    const RunResult r = makeSweepResult();
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), r)});
    const Series s = panel.seriesData(ChartKind::Granularity);
    const QList<QPointF> *line = find(s, QStringLiteral("chunked"));
    ASSERT_NE(line, nullptr) << names(s).join(QLatin1Char('|')).toStdString();
    ASSERT_EQ(line->size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_DOUBLE_EQ((*line)[i].x(), double(r.cells[i + 1].chunkSize));
        EXPECT_DOUBLE_EQ((*line)[i].y(), r.cells[i + 1].stats.medianNs / 1e6);
    }
    EXPECT_NE(find(s, QStringLiteral("chunked · 95% CI (high)")), nullptr);
    const QList<QPointF> *best = find(s, QStringLiteral("best chunk = 256"));
    ASSERT_NE(best, nullptr);
    EXPECT_DOUBLE_EQ(best->first().x(), 256);
}

TEST(ChartPanel, LiveUpdatesReplaceSeries)
{
    RunResult full = makeResult();
    RunResult partial = full;
    partial.cells = full.cells.mid(0, 3); // serial, mapped@1, mapped@2
    partial.fits.clear();
    RunEntry e = makeEntry(1, QStringLiteral("live"), partial);
    e.live = true;
    ChartPanel panel;
    panel.setCurrentChart(ChartKind::Speedup);
    panel.setRuns({e});
    const QList<QPointF> *line = nullptr;
    Series s = panel.seriesData(ChartKind::Speedup);
    line = find(s, QStringLiteral("mapped"));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->size(), 2);

    e.result = full;
    e.live = false;
    panel.setRuns({e});
    s = panel.seriesData(ChartKind::Speedup);
    line = find(s, QStringLiteral("mapped"));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->size(), 3);
    EXPECT_EQ(names(s).count(QStringLiteral("mapped")), 1);
    EXPECT_NE(find(s, QStringLiteral("chunked")), nullptr);
}

TEST(ChartPanel, CurrentChartRoundTrips)
{
    ChartPanel panel;
    for (ChartKind k :
         {ChartKind::Speedup, ChartKind::Efficiency, ChartKind::Granularity, ChartKind::Time}) {
        panel.setCurrentChart(k);
        EXPECT_EQ(panel.currentChart(), k);
    }
}

TEST(ChartPanel, TimeChartUsesSecondsForLongRuns)
{
    const RunResult r = makeResult(5000.0); // 5 s serial: the axis switches from ms to s
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("slow"), r)});
    const Series s = panel.seriesData(ChartKind::Time);
    const QList<QPointF> *serial = find(s, QStringLiteral("serial baseline"));
    ASSERT_NE(serial, nullptr);
    EXPECT_DOUBLE_EQ(serial->first().y(), r.baseline(r.config.size)->stats.medianNs / 1e9);
}

TEST(ChartPanel, SweepOnlyRunsPointToTheGranularityTab)
{
    RunResult sweep = makeResult();
    sweep.config.chunkSweep = {1, 4, 16};
    ChartPanel panel;
    panel.setRuns({makeEntry(1, QStringLiteral("sweep"), sweep)});
    panel.setCurrentChart(ChartKind::Speedup);
    EXPECT_TRUE(shownMessage(panel).contains(QStringLiteral("Granularity tab")))
        << shownMessage(panel).toStdString();
}

TEST(ChartPanel, OnScreenChartDrawsTheSpecsLegendAndLabels)
{
    ChartPanel panel;
    panel.resize(1000, 600);
    panel.show();
    panel.setCurrentChart(ChartKind::Speedup);
    panel.setRuns({makeEntry(1, QStringLiteral("run A"), makeResult()),
                   makeEntry(2, QStringLiteral("run B"), makeResult(200.0))});
    QApplication::processEvents();
    const FigureLayout layout = panel.layoutInfo(ChartKind::Speedup);
    EXPECT_GT(layout.chart.width(), 800);
    QStringList expected;
    for (const LegendEntry &e : panel.spec(ChartKind::Speedup).legend)
        expected.append(e.text);
    EXPECT_EQ(layout.legendTexts, expected);
    EXPECT_TRUE(expected.contains(QStringLiteral("run B")));
    EXPECT_TRUE(layout.labels.contains(QStringLiteral("ideal")));
    EXPECT_TRUE(layout.labels.contains(QStringLiteral("2 cores")));
    EXPECT_EQ(layout.xTickLabels,
              (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")}));
}
