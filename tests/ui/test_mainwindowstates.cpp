// MainWindow's empty and error states: what is disabled and why, messages shown once, the
// table following the ticked runs like the charts.
#include "core/io/resultio.h"
#include "ui/chartpanel.h"
#include "ui/resultstablemodel.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"

#include <QAction>
#include <QFile>
#include <QTableView>

#include "mainwindowfixture.h"

using namespace pb;
using namespace pb::ui;

namespace {

using MainWindowStates = pb::test::MainWindowTest;

int occurrences(const QString &haystack, const QString &needle)
{
    return int(haystack.count(needle));
}

} // namespace

TEST_F(MainWindowStates, WithoutRunsNothingPretendsToWork)
{
    auto w = makeWindow();
    EXPECT_FALSE(w->useRunSettingsAction()->isEnabled());
    ASSERT_FALSE(w->exportChartActions().isEmpty());
    for (QAction *a : w->exportChartActions()) {
        EXPECT_FALSE(a->isEnabled()) << qPrintable(a->text());
        EXPECT_TRUE(a->toolTip().contains(QStringLiteral("empty"))) << qPrintable(a->toolTip());
    }
    QString error;
    const QString png = m_files.filePath(QStringLiteral("chart.png"));
    EXPECT_FALSE(w->exportChart(ChartKind::Speedup, png, QSize(800, 500), &error));
    EXPECT_FALSE(QFile::exists(png));

    const QString path = m_files.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(writeResultFile(sampleResult(), path, QStringLiteral("json"), &error));
    ASSERT_TRUE(w->openResultFile(path));
    EXPECT_TRUE(w->useRunSettingsAction()->isEnabled());
    for (QAction *a : w->exportChartActions())
        EXPECT_TRUE(a->isEnabled()) << qPrintable(a->text());
    w->chartPanel()->setCurrentChart(ChartKind::Granularity); // no sweep: empty
    for (QAction *a : w->exportChartActions())
        EXPECT_FALSE(a->isEnabled()) << qPrintable(a->text());
}

TEST_F(MainWindowStates, DiagnosticsSayTheyAreForDevelopers)
{
    auto w = makeWindow();
    EXPECT_TRUE(w->diagnosticsText().startsWith(QStringLiteral("Developer diagnostics")));
}

TEST_F(MainWindowStates, ABadFileIsNamedOnceInTheMessage)
{
    auto w = makeWindow();
    const QString broken = m_files.filePath(QStringLiteral("broken.json"));
    const QString empty = m_files.filePath(QStringLiteral("empty.json"));
    for (const auto &[path, bytes] :
         {std::pair{broken, QByteArray("{\"format\": ")}, std::pair{empty, QByteArray()}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    for (const QString &path : {broken, empty}) {
        m_errors.clear();
        EXPECT_FALSE(w->openResultFile(path));
        ASSERT_EQ(m_errors.size(), 1);
        EXPECT_EQ(occurrences(m_errors.first(), QFileInfo(path).fileName()), 1)
            << qPrintable(m_errors.first());
    }
}

TEST_F(MainWindowStates, TheTableShowsTheTickedRunsLikeTheCharts)
{
    auto w = makeWindow();
    QString error;
    RunResult other = sampleResult();
    other.cells.removeLast();
    const QString a = m_files.filePath(QStringLiteral("a.json"));
    const QString b = m_files.filePath(QStringLiteral("b.json"));
    ASSERT_TRUE(writeResultFile(sampleResult(), a, QStringLiteral("json"), &error));
    ASSERT_TRUE(writeResultFile(other, b, QStringLiteral("json"), &error));
    ASSERT_TRUE(w->openResultFile(a));
    ASSERT_TRUE(w->openResultFile(b));
    ResultsTableModel *model = w->resultsView()->model();
    QTableView *table = w->resultsView()->table();
    EXPECT_EQ(model->rowCount(), 3 + 2); // both ticked: both in the table, as on the chart
    EXPECT_FALSE(table->isColumnHidden(ResultsTableModel::Run));
    EXPECT_EQ(model->index(0, ResultsTableModel::Run).data().toString(), QStringLiteral("a.json"));
    // The selected run (b, opened last) is highlighted in the table.
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 2);
    for (const QModelIndex &i : selected)
        EXPECT_EQ(i.siblingAtColumn(ResultsTableModel::Run).data().toString(),
                  QStringLiteral("b.json"));

    const int idA = w->runList()->runs().first().id;
    w->runList()->setVisible(idA, false); // unticked: off the chart and off the table
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(table->isColumnHidden(ResultsTableModel::Run));
    w->runList()->setCurrentRun(idA);
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(w->resultsView()->notesText().contains(QStringLiteral("not ticked")))
        << qPrintable(w->resultsView()->notesText());
}
