// The results model (and the sorting proxy the view puts on it) keep Qt's model contract,
// checked by QAbstractItemModelTester through resets, sorting and every role.
#include "chartfixtures.h"
#include "ui/resultstablemodel.h"
#include "ui/resultsview.h"

#include <QAbstractItemModelTester>
#include <QTableView>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;

namespace {

/// Collects what QAbstractItemModelTester reports (category qt.modeltest) while it lives.
class ModelTestLog
{
public:
    ModelTestLog()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestLog::handle);
    }
    ~ModelTestLog() { qInstallMessageHandler(m_previous); }
    static const QStringList &messages() { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if ((type == QtWarningMsg || type == QtCriticalMsg) && context.category &&
            QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest")))
            s_messages << message;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

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
    EXPECT_EQ(verified(3), QStringLiteral("error: out-of-memory"));
    EXPECT_EQ(model.data(model.index(3, ResultsTableModel::Verified), Qt::ToolTipRole).toString(),
              withFailedCells().cells[3].error);
}
