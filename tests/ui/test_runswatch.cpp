// The run list and the results table show each run's line as the charts draw it.
#include "chartfixtures.h"
#include "ui/chartbuilder.h"
#include "ui/chartstyle.h"
#include "ui/resultstablemodel.h"
#include "ui/runlist.h"
#include "ui/runswatch.h"

#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;
using namespace pb::ui::test;

namespace {

QImage pixels(const QIcon &icon)
{
    return icon.pixmap(QSize(30, 14)).toImage();
}

} // namespace

TEST(RunSwatch, RankCountsVisibleRunsOfTheSameKindAsTheChartsDo)
{
    RunEntry a = makeEntry(1, QStringLiteral("a"), makeResult());
    RunEntry sweep = makeEntry(2, QStringLiteral("s"), makeSweepResult());
    RunEntry hidden = makeEntry(3, QStringLiteral("h"), makeResult());
    hidden.visible = false;
    RunEntry b = makeEntry(4, QStringLiteral("b"), makeResult());
    const QList<RunEntry> runs{a, sweep, hidden, b};
    EXPECT_EQ(runStyleRank(runs, 1), 0);
    EXPECT_EQ(runStyleRank(runs, 2), 0); // alone on the Granularity chart
    EXPECT_EQ(runStyleRank(runs, 3), -1);
    EXPECT_EQ(runStyleRank(runs, 4), 1);
    EXPECT_EQ(runStyleRank(runs, 99), -1);

    // The chart draws run b with the style of rank 1.
    const ChartSpec spec = ChartBuilder::build(ChartKind::Speedup, runs);
    for (const LineSpec &l : spec.lines)
        if (l.role == SeriesRole::Measured && l.run == u"b") {
            EXPECT_EQ(l.style, runStyle(1).style);
            EXPECT_EQ(l.marker, runStyle(1).marker);
        }
}

TEST(RunSwatch, IconsDifferByRankAndHiddenRunsLookFaint)
{
    const QImage first = pixels(runSwatchIcon(0));
    EXPECT_NE(first, pixels(runSwatchIcon(1)));
    EXPECT_NE(first, pixels(runSwatchIcon(-1)));
    EXPECT_EQ(first, pixels(runSwatchIcon(0)));
}

TEST(RunSwatch, RunListIconsFollowTheTicks)
{
    RunList list;
    const int a = list.addRun(makeEntry(0, QString(), makeResult()));
    const int b = list.addRun(makeEntry(0, QString(), makeResult()));
    auto *tree = list.findChild<QTreeWidget *>();
    ASSERT_NE(tree, nullptr);
    const auto iconOf = [&](int row) { return pixels(tree->topLevelItem(row)->icon(0)); };
    EXPECT_EQ(iconOf(0), pixels(runSwatchIcon(0)));
    EXPECT_EQ(iconOf(1), pixels(runSwatchIcon(1)));
    list.setVisible(a, false); // b is now the only run: drawn solid with circles
    EXPECT_EQ(iconOf(0), pixels(runSwatchIcon(-1)));
    EXPECT_EQ(iconOf(1), pixels(runSwatchIcon(0)));
    (void)b;
}

TEST(RunSwatch, TableShowsRunPatternAndStrategyHue)
{
    ResultsTableModel model;
    model.setRuns({makeEntry(1, QStringLiteral("a"), makeResult()),
                   makeEntry(2, QStringLiteral("b"), makeResult())});
    const int rowsOfA = int(makeResult().cells.size());
    const auto icon = [&](int row, int column) {
        return pixels(model.index(row, column).data(Qt::DecorationRole).value<QIcon>());
    };
    EXPECT_EQ(icon(0, ResultsTableModel::Run), pixels(runSwatchIcon(0)));
    EXPECT_EQ(icon(rowsOfA, ResultsTableModel::Run), pixels(runSwatchIcon(1)));
    // Same strategy, same hue in both runs; different strategies differ.
    int mappedA = -1, mappedB = -1, chunkedA = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString s = model.index(row, ResultsTableModel::Strategy).data().toString();
        if (s == u"mapped")
            (row < rowsOfA ? mappedA : mappedB) = row;
        if (s == u"chunked" && row < rowsOfA)
            chunkedA = row;
    }
    ASSERT_GE(mappedA, 0);
    ASSERT_GE(mappedB, 0);
    ASSERT_GE(chunkedA, 0);
    EXPECT_EQ(icon(mappedA, ResultsTableModel::Strategy),
              icon(mappedB, ResultsTableModel::Strategy));
    EXPECT_NE(icon(mappedA, ResultsTableModel::Strategy),
              icon(chunkedA, ResultsTableModel::Strategy));
}
