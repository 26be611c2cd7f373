// The results model (and the sorting proxy the view puts on it) keep Qt's model contract,
// checked by QAbstractItemModelTester through resets, sorting and every role.
#include "chartfixtures.h"
#include "modeltestlog.h"
#include "ui/resultstablemodel.h"
#include "ui/resultsview.h"

#include <QAbstractItemModelTester>
#include <QTableView>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;
using pb::ui::test::ModelTestLog;

namespace {

RunResult withFailedCells()
{
    RunResult r = test::makeResult();
    r.cells[2].errorKind = CellErrorKind::Verification;
    r.cells[2].error = QStringLiteral("3 of 30000 items differ from serial");
    r.cells[3].errorKind = CellErrorKind::OutOfMemory;
    r.cells[3].error = QStringLiteral("out of memory while running the kernel (std::bad_alloc)");
    return r;
}

/// Reads every cell in every role a view asks for.
void readEverything(const QAbstractItemModel &m)
{
    for (int row = 0; row < m.rowCount(); ++row)
        for (int col = 0; col < m.columnCount(); ++col)
            for (int role : {int(Qt::DisplayRole), int(Qt::UserRole), int(Qt::ToolTipRole),
                             int(Qt::TextAlignmentRole), int(Qt::ForegroundRole)})
                m.data(m.index(row, col), role);
    for (int col = 0; col < m.columnCount(); ++col)
        m.headerData(col, Qt::Horizontal, Qt::DisplayRole);
}

} // namespace

TEST(ResultsTableModel, KeepsTheModelContractThroughResets)
{
    ModelTestLog log;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setResult(withFailedCells());
    EXPECT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.columnCount(), int(ResultsTableModel::ColumnCount));
    readEverything(model);
    model.setResult(test::makeSweepResult());
    readEverything(model);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    model.setResult(RunResult{});
    model.setResult(test::makeResult());
    readEverything(model);
    EXPECT_TRUE(log.messages().isEmpty()) << qPrintable(log.messages().join(QLatin1Char('\n')));
}

TEST(ResultsTableModel, TheViewsSortingProxyKeepsTheContractToo)
{
    ModelTestLog log;
    ResultsView view;
    QAbstractItemModel *proxy = view.table()->model();
    ASSERT_NE(proxy, nullptr);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setResult(withFailedCells());
    for (int col = 0; col < ResultsTableModel::ColumnCount; ++col) {
        view.table()->sortByColumn(col, Qt::DescendingOrder);
        readEverything(*proxy);
    }
    view.setResult(test::makeSweepResult());
    view.clear();
    EXPECT_EQ(proxy->rowCount(), 0);
    EXPECT_TRUE(log.messages().isEmpty()) << qPrintable(log.messages().join(QLatin1Char('\n')));
}

TEST(ResultsTableModel, VerifiedColumnNamesTheErrorKind)
{
    ResultsTableModel model;
    model.setResult(withFailedCells());
    const auto verified = [&model](int row) {
        return model.data(model.index(row, ResultsTableModel::Verified)).toString();
    };
    EXPECT_EQ(verified(2), QStringLiteral("FAILED"));
    EXPECT_EQ(verified(3), QStringLiteral("error: out of memory"));
    EXPECT_EQ(model.data(model.index(3, ResultsTableModel::Verified), Qt::ToolTipRole).toString(),
              withFailedCells().cells[3].error);
}

TEST(ResultsTableModel, SeveralRunsKeepTheContractAndNameTheirRun)
{
    ModelTestLog log;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const RunEntry a = test::makeEntry(3, QStringLiteral("run A"), test::makeResult());
    const RunEntry b = test::makeEntry(7, QStringLiteral("run B"), test::makeSweepResult());
    model.setRuns({a, b});
    readEverything(model);
    ASSERT_EQ(model.rowCount(), a.result.cells.size() + b.result.cells.size());
    const int lastOfA = int(a.result.cells.size()) - 1;
    EXPECT_EQ(model.index(lastOfA, ResultsTableModel::Run).data().toString(),
              QStringLiteral("run A"));
    EXPECT_EQ(model.index(lastOfA + 1, ResultsTableModel::Run).data().toString(),
              QStringLiteral("run B"));
    EXPECT_FALSE(
        model.index(lastOfA + 1, ResultsTableModel::Run).data(Qt::DecorationRole).isNull());
    EXPECT_EQ(model.runIdAt(0), 3);
    EXPECT_EQ(model.runIdAt(lastOfA + 1), 7);
    EXPECT_EQ(model.runIdAt(model.rowCount()), -1);
    model.setRuns({b});
    readEverything(model);
    model.clear();
    EXPECT_TRUE(log.messages().isEmpty()) << qPrintable(log.messages().join(QLatin1Char('\n')));
}

TEST(ResultsTableModel, EveryColumnHeaderExplainsItselfAndNamesItsUnit)
{
    ResultsTableModel model;
    for (int col = 0; col < model.columnCount(); ++col) {
        const QString tip = model.headerData(col, Qt::Horizontal, Qt::ToolTipRole).toString();
        EXPECT_GT(tip.size(), 20) << col;
        EXPECT_NE(tip, model.headerData(col, Qt::Horizontal, Qt::DisplayRole).toString()) << col;
    }
    // Columns holding quantities say in what.
    EXPECT_TRUE(model.headerData(ResultsTableModel::Median, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("ms")));
    EXPECT_TRUE(model.headerData(ResultsTableModel::Efficiency, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("percent")));
    EXPECT_TRUE(model.headerData(ResultsTableModel::PeakMemory, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("bytes")));
}
