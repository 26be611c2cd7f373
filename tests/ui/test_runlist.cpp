// RunList: status from the cells' error kinds, labels, the tree's model contract, Remove.
#include "modeltestlog.h"
#include "ui/runlist.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;

namespace {

RunEntry entryWith(CellErrorKind kind)
{
    RunEntry e;
    CellResult c;
    c.strategy = QStringLiteral("mapped");
    c.errorKind = kind;
    if (kind != CellErrorKind::None)
        c.error = QStringLiteral("specific message");
    e.result.cells = {CellResult{}, c};
    return e;
}

} // namespace

TEST(RunList, StatusNamesVerificationOnlyForMismatches)
{
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::None)), QStringLiteral("complete"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::Verification)),
              QStringLiteral("verification failed"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::OutOfMemory)),
              QStringLiteral("failed: out of memory"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::Kernel)),
              QStringLiteral("failed: kernel error"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::ThreadStart)),
              QStringLiteral("failed: threads could not start"));
    RunEntry two = entryWith(CellErrorKind::Kernel);
    two.result.cells.append(entryWith(CellErrorKind::Engine).result.cells.constLast());
    EXPECT_EQ(RunList::statusText(two), QStringLiteral("cells failed"));
    RunEntry live = entryWith(CellErrorKind::Kernel);
    live.live = true;
    EXPECT_EQ(RunList::statusText(live), QStringLiteral("running"));
}

TEST(RunList, ASweepIsLabelledWithTheOnlyWorkerCountItMeasures)
{
    RunConfig c;
    c.workload = QStringLiteral("fine");
    c.size = 4000;
    c.workers = {1, 2, 3};
    EXPECT_EQ(RunList::labelFor(c, 1), QStringLiteral("fine 4k · w1,2,3 #1"));
    c.chunkSweep = {1, 4, 16};
    EXPECT_EQ(RunList::labelFor(c, 2), QStringLiteral("fine 4k · sweep w1 #2"));
}

TEST(RunList, TheTreeModelKeepsTheContractThroughAddUpdateToggleAndRemove)
{
    test::ModelTestLog log;
    RunList list;
    auto *tree = list.findChild<QTreeWidget *>(QStringLiteral("runTree"));
    ASSERT_NE(tree, nullptr);
    QAbstractItemModelTester tester(tree->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const int a = list.addRun(entryWith(CellErrorKind::None));
    const int b = list.addRun(entryWith(CellErrorKind::Kernel), 0); // inserted first
    EXPECT_EQ(list.runs().first().id, b);
    list.updateRun(a, entryWith(CellErrorKind::Verification).result, false);
    list.setVisible(a, false);
    EXPECT_EQ(list.visibleRuns().size(), 1);
    list.removeRun(b);
    list.removeRun(a);
    EXPECT_EQ(list.count(), 0);
    EXPECT_TRUE(log.messages().isEmpty()) << qPrintable(log.messages().join(QLatin1Char('\n')));
}

TEST(RunList, RemoveAndDeleteAskTheWindowInsteadOfRemovingThemselves)
{
    RunList list;
    const int id = list.addRun(entryWith(CellErrorKind::None));
    QList<int> asked;
    QObject::connect(&list, &RunList::removeRequested, [&asked](int i) { asked << i; });
    list.setCurrentRun(id);
    QTest::keyClick(list.findChild<QTreeWidget *>(QStringLiteral("runTree")), Qt::Key_Delete);
    list.findChild<QPushButton *>(QStringLiteral("removeRunButton"))->click();
    EXPECT_EQ(asked, (QList<int>{id, id}));
    EXPECT_EQ(list.count(), 1);
}
