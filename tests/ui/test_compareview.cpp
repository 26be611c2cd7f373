// Comparing runs in the app: the Change and Machines charts, titles and legends that say what
// the runs share and what differs, the baseline and machine groups in the run list.
#include "core/compare/comparison.h"
#include "ui/changechart.h"
#include "ui/chartpanel.h"
#include "ui/machineschart.h"
#include "ui/runfacts.h"
#include "ui/runlist.h"

#include "chartfixtures.h"

#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;
using namespace pb::ui::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Series = QList<QPair<QString, QList<QPointF>>>;

const QList<QPointF> *find(const Series &s, const QString &name)
{
    for (const auto &[n, points] : s)
        if (n == name)
            return &points;
    return nullptr;
}

RunEntry onHost(RunEntry e, const QString &host, int cores)
{
    e.result.system.hostname = host;
    e.result.system.logicalCores = cores;
    return e;
}

} // namespace

TEST(ChangeChart, RatioToTheBaselineWithWhiskersAndVerdictColours)
{
    RunEntry base = makeEntry(1, u"base"_s, makeResult(120.0));
    base.baseline = true;
    const RunEntry slower = makeEntry(2, u"slower"_s, makeResult(150.0));
    ChartPanel panel;
    panel.setRuns({base, slower});
    const Series s = panel.seriesData(ChartKind::Change);
    const QList<QPointF> *mapped = find(s, u"mapped"_s);
    ASSERT_NE(mapped, nullptr);
    ASSERT_EQ(mapped->size(), 3);
    for (const QPointF &p : *mapped)
        EXPECT_NEAR(p.y(), 150.0 / 120.0, 1e-6) << p.x(); // every cell 25 % slower
    // 7 vs 7 repetitions, fully separated: significant and beyond the noise.
    const QList<QPointF> *regressed = find(s, u"regressed"_s);
    ASSERT_NE(regressed, nullptr);
    EXPECT_EQ(regressed->size(), 7); // serial + 2 strategies x 3 worker counts
    EXPECT_EQ(find(s, u"improved"_s), nullptr);
    const QList<QPointF> *whisker = find(s, u"mapped · 95% CI [1]"_s);
    ASSERT_NE(whisker, nullptr);
    ASSERT_EQ(whisker->size(), 6); // cap, stem, cap
    EXPECT_LT(whisker->at(3).y(), 1.25);
    EXPECT_GT(whisker->at(0).y(), 1.25);
    EXPECT_DOUBLE_EQ(whisker->at(2).x(), 2); // the stem stands on the point
    const QList<QPointF> *noise = find(s, u"±1% noise (low)"_s);
    ASSERT_NE(noise, nullptr);
    EXPECT_DOUBLE_EQ(noise->first().y(), 0.99);
    EXPECT_NE(find(s, u"no change (= baseline)"_s), nullptr);
}

TEST(ChangeChart, SaysWhatIsMissing)
{
    RunEntry a = makeEntry(1, u"a"_s, makeResult());
    const RunEntry b = makeEntry(2, u"b"_s, makeResult());
    ChartSpec spec = buildChangeChart({a, b});
    EXPECT_TRUE(spec.emptyMessage.contains(u"No baseline"_s)) << qPrintable(spec.emptyMessage);
    a.baseline = true;
    RunEntry hidden = b;
    hidden.visible = false;
    spec = buildChangeChart({a, hidden});
    EXPECT_TRUE(spec.emptyMessage.contains(u"Tick another run"_s)) << qPrintable(spec.emptyMessage);
    // The baseline itself may be unticked: the others are still compared with it.
    RunEntry hiddenBase = a;
    hiddenBase.visible = false;
    spec = buildChangeChart({hiddenBase, b});
    EXPECT_TRUE(spec.emptyMessage.isEmpty()) << qPrintable(spec.emptyMessage);
}

TEST(ChangeChart, ImprovementIsGreenNotRed)
{
    RunEntry base = makeEntry(1, u"base"_s, makeResult(150.0));
    base.baseline = true;
    const Series s = [&] {
        ChartPanel panel;
        panel.setRuns({base, makeEntry(2, u"faster"_s, makeResult(100.0))});
        return panel.seriesData(ChartKind::Change);
    }();
    ASSERT_NE(find(s, u"improved"_s), nullptr);
    EXPECT_EQ(find(s, u"regressed"_s), nullptr);
    EXPECT_NE(verdictColor(Verdict::Improved), verdictColor(Verdict::Regressed));
}

TEST(ChartTitles, TitleNamesWhatTheRunsShareLegendWhatDiffers)
{
    RunResult a = makeResult();
    a.config.chunkSize = 4;
    RunResult b = makeResult(140.0);
    b.config.chunkSize = 4096;
    const QList<RunEntry> runs{makeEntry(1, u"primes 30k · w1,2,4 #1"_s, a),
                               makeEntry(2, u"primes 30k · w1,2,4 #2"_s, b)};
    EXPECT_EQ(commonTitle(runs), u"primes · n = 30000 · Test CPU · 2 logical cores"_s)
        << qPrintable(commonTitle(runs));
    const QHash<int, QString> names = legendNames(runs);
    EXPECT_EQ(names.value(1), u"chunk 4"_s);
    EXPECT_EQ(names.value(2), u"chunk 4096"_s);
    ChartPanel panel;
    panel.setRuns(runs);
    QStringList series;
    for (const auto &[n, p] : panel.seriesData(ChartKind::Speedup))
        series << n;
    EXPECT_TRUE(series.contains(u"chunk 4 · mapped"_s)) << qPrintable(series.join(u", "_s));
    EXPECT_TRUE(series.contains(u"chunk 4096 · mapped"_s));
}

TEST(ChartTitles, LegendSaysWhichMachineALineIsFrom)
{
    const QList<RunEntry> runs{onHost(makeEntry(1, u"a.json"_s, makeResult()), u"node-a"_s, 2),
                               onHost(makeEntry(2, u"b.json"_s, makeResult()), u"node-b"_s, 8)};
    const QHash<int, QString> names = legendNames(runs);
    EXPECT_EQ(names.value(1), u"node-a"_s);
    EXPECT_EQ(names.value(2), u"node-b"_s);
    EXPECT_EQ(commonTitle(runs), u"primes · n = 30000"_s);
    // Identical runs: nothing differs, so the labels tell them apart.
    const QList<RunEntry> same{makeEntry(1, u"run A"_s, makeResult()),
                               makeEntry(2, u"run B"_s, makeResult())};
    EXPECT_EQ(legendNames(same).value(2), u"run B"_s);
}

TEST(MachinesChart, BestSpeedupAndEfficiencyPerMachine)
{
    const QList<RunEntry> runs{onHost(makeEntry(1, u"a"_s, makeResult()), u"node-a"_s, 2),
                               onHost(makeEntry(2, u"b"_s, makeResult(100.0)), u"node-b"_s, 4)};
    const QList<MachineBest> best = machineBests(runs);
    ASSERT_EQ(best.size(), 2);
    const CellResult *top =
        runs[0].result.cell(u"chunked"_s, 4, runs[0].result.config.size); // the fixture's best cell
    EXPECT_DOUBLE_EQ(best[0].speedup, top->stats.speedup);
    EXPECT_EQ(best[0].workers, 4);
    EXPECT_EQ(best[0].strategy, u"chunked"_s);
    EXPECT_DOUBLE_EQ(best[0].efficiency, top->stats.speedup / 4);
    ChartPanel panel;
    panel.setRuns(runs);
    QStringList names;
    for (const auto &[n, p] : panel.seriesData(ChartKind::Machines))
        names << n;
    EXPECT_TRUE(names.filter(u"node-a: best "_s).size() == 1) << qPrintable(names.join(u"; "_s));
    EXPECT_TRUE(names.filter(u"node-b: best "_s).size() == 1);
    EXPECT_TRUE(names.contains(u"ideal"_s));
}

TEST(RunListCompare, BaselineIsMarkedAndMachinesGroupTheList)
{
    RunList list;
    const int a = list.addRun(onHost(makeEntry(0, u"a"_s, makeResult()), u"node-a"_s, 2));
    const int b = list.addRun(onHost(makeEntry(0, u"b"_s, makeResult()), u"node-a"_s, 2));
    auto *tree = list.findChild<QTreeWidget *>(u"runTree"_s);
    ASSERT_NE(tree, nullptr);
    EXPECT_FALSE(list.isGroupedByMachine());
    EXPECT_EQ(tree->topLevelItemCount(), 2);
    list.setBaseline(a);
    EXPECT_EQ(list.baselineId(), a);
    EXPECT_TRUE(list.run(a)->baseline);
    EXPECT_FALSE(list.run(b)->baseline);
    EXPECT_TRUE(tree->topLevelItem(0)->text(1).startsWith(u"baseline"_s));
    const int c = list.addRun(onHost(makeEntry(0, u"c"_s, makeResult()), u"node-b"_s, 8));
    EXPECT_TRUE(list.isGroupedByMachine());
    ASSERT_EQ(tree->topLevelItemCount(), 2); // one group per machine
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 2);
    EXPECT_TRUE(tree->topLevelItem(1)->text(0).startsWith(u"node-b"_s));
    EXPECT_EQ(list.currentRunId(), c); // the new run is selected inside its group
    EXPECT_EQ(list.baselineId(), a);   // regrouping keeps the baseline
    list.removeRun(c);
    EXPECT_FALSE(list.isGroupedByMachine());
    list.setBaseline(-1);
    EXPECT_EQ(list.baselineId(), -1);
}
