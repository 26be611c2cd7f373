// The window's comparison features: folders and Google Benchmark files open, the baseline
// drives the Change chart and the table's Change / p / Verdict columns, every ticked run
// exports, and a Google Benchmark thread sweep's reading can be chosen (and is remembered).
#include "core/io/resultio.h"
#include "ui/chartpanel.h"
#include "ui/gbenchscalingbar.h"
#include "ui/resultstablemodel.h"
#include "ui/resultsview.h"
#include "ui/runexport.h"
#include "ui/runlist.h"

#include "chartfixtures.h"
#include "mainwindowfixture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTableView>

using namespace pb;
using namespace pb::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

using MainWindowCompare = pb::test::MainWindowTest;

/// A Google Benchmark thread sweep without counters: real_time 1000 ns at 1 thread, 600 ns at
/// 2 (job time 1200 ns), five repetitions each.
QByteArray gbenchSweep()
{
    QByteArray entries;
    for (int threads : {1, 2})
        for (int rep = 0; rep < 5; ++rep)
            entries += QStringLiteral(R"({"name": "BM_X/threads:%1", "run_name": "BM_X/threads:%1",
                "run_type": "iteration", "family_index": 0, "per_family_instance_index": %2,
                "repetition_index": %3, "repetitions": 5, "threads": %1, "iterations": 10,
                "real_time": %4, "cpu_time": %4, "time_unit": "ns"},)")
                           .arg(threads)
                           .arg(threads - 1)
                           .arg(rep)
                           .arg((threads == 1 ? 1000.0 : 600.0) + rep)
                           .toUtf8();
    entries.chop(1);
    return R"({"context": {"host_name": "gb-host", "num_cpus": 4}, "benchmarks": [)" + entries +
           "]}";
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// The chart fixture's result as a file holds it: every cell states its size.
RunResult sized(RunResult r)
{
    for (CellResult &c : r.cells)
        c.size = r.config.size;
    return r;
}

int rowOf(const ResultsTableModel *m, int runId, const QString &strategy, int workers)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->runIdAt(r) == runId &&
            m->index(r, ResultsTableModel::Strategy).data().toString() == strategy &&
            m->index(r, ResultsTableModel::Workers).data().toInt() == workers)
            return r;
    return -1;
}

} // namespace

TEST_F(MainWindowCompare, AFolderOpensEveryResultAndListsTheRest)
{
    const QDir dir(m_files.path());
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), dir.filePath(u"a.json"_s), u"json"_s, &error));
    write(dir.filePath(u"gb.json"_s), gbenchSweep());
    write(dir.filePath(u"notes.txt"_s), "not a result");
    ASSERT_TRUE(dir.mkdir(u"sub"_s));
    auto w = makeWindow();
    EXPECT_TRUE(w->openFolder(m_files.path()));
    ASSERT_EQ(w->runList()->count(), 2);
    ASSERT_EQ(m_errors.size(), 1); // one message listing what was skipped, nothing fatal
    EXPECT_TRUE(m_errors.first().contains(u"notes.txt: "_s)) << qPrintable(m_errors.first());
    EXPECT_TRUE(m_errors.first().contains(u"sub: "_s));
    // Two machines (this test's sample and the Google Benchmark host): grouped.
    EXPECT_TRUE(w->runList()->isGroupedByMachine());
    m_errors.clear();
    EXPECT_FALSE(w->openFolder(dir.filePath(u"missing"_s)));
    EXPECT_TRUE(m_errors.value(0).contains(u"does not exist"_s)) << qPrintable(m_errors.value(0));
}

TEST_F(MainWindowCompare, TheBaselineDrivesTheChangeChartAndTheTable)
{
    QString error;
    const QString a = m_files.filePath(u"base.json"_s), b = m_files.filePath(u"slow.json"_s);
    ASSERT_TRUE(writeResultFile(sized(pb::ui::test::makeResult(120.0)), a, u"json"_s, &error));
    ASSERT_TRUE(writeResultFile(sized(pb::ui::test::makeResult(150.0)), b, u"json"_s, &error));
    auto w = makeWindow();
    ASSERT_TRUE(w->openResultFile(a)) << qPrintable(m_errors.join(u'\n'));
    ASSERT_TRUE(w->openResultFile(b)) << qPrintable(m_errors.join(u'\n'));
    QTableView *table = w->resultsView()->table();
    EXPECT_TRUE(table->isColumnHidden(ResultsTableModel::ChangeVerdict)); // no baseline yet
    EXPECT_FALSE(w->chartPanel()->hasData(ChartKind::Change));
    const int idA = w->runList()->runs().at(0).id, idB = w->runList()->runs().at(1).id;
    w->setBaselineRun(idA);
    EXPECT_FALSE(table->isColumnHidden(ResultsTableModel::ChangeVerdict));
    EXPECT_TRUE(w->chartPanel()->hasData(ChartKind::Change));
    const ResultsTableModel *m = w->resultsView()->model();
    const int row = rowOf(m, idB, u"mapped"_s, 2);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m->index(row, ResultsTableModel::ChangeVerdict).data().toString(), u"regressed"_s);
    EXPECT_TRUE(m->index(row, ResultsTableModel::Change).data().toString().startsWith(u"+25.0%"_s))
        << qPrintable(m->index(row, ResultsTableModel::Change).data().toString());
    const int baseRow = rowOf(m, idA, u"mapped"_s, 2);
    EXPECT_EQ(m->index(baseRow, ResultsTableModel::ChangeVerdict).data().toString(), u"baseline"_s);
    w->setBaselineRun(-1);
    EXPECT_TRUE(table->isColumnHidden(ResultsTableModel::ChangeVerdict));
}

TEST_F(MainWindowCompare, ExportWritesEveryTickedRun)
{
    QString error;
    const QString a = m_files.filePath(u"a.json"_s), b = m_files.filePath(u"b.json"_s);
    ASSERT_TRUE(writeResultFile(sized(pb::ui::test::makeResult(120.0)), a, u"json"_s, &error));
    ASSERT_TRUE(writeResultFile(sized(pb::ui::test::makeResult(150.0)), b, u"json"_s, &error));
    auto w = makeWindow();
    ASSERT_TRUE(w->openResultFile(a)) << qPrintable(m_errors.join(u'\n'));
    ASSERT_TRUE(w->openResultFile(b)) << qPrintable(m_errors.join(u'\n'));
    QTemporaryDir out;
    QStringList written;
    ASSERT_TRUE(w->exportCheckedRuns(out.path(), u"json"_s, &error, &written)) << qPrintable(error);
    ASSERT_EQ(written.size(), 2);
    EXPECT_EQ(QFileInfo(written[0]).fileName(), u"a.json"_s);
    for (int i = 0; i < 2; ++i) {
        const auto back = readResultFile(written[i], &error);
        ASSERT_TRUE(back) << qPrintable(error);
        EXPECT_EQ(back->cells, w->runList()->runs().at(i).result.cells);
    }
    // Again: new names, nothing replaced.
    ASSERT_TRUE(w->exportCheckedRuns(out.path(), u"gbench"_s, &error, &written));
    EXPECT_EQ(QFileInfo(written[0]).fileName(), u"a-2.json"_s);
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 4);
    EXPECT_FALSE(w->exportCheckedRuns(m_files.filePath(u"nope"_s), u"json"_s, &error));
    EXPECT_TRUE(error.contains(u"not a folder"_s)) << qPrintable(error);
}

TEST(RunExport, AFailureRemovesWhatThisExportWrote)
{
    QTemporaryDir out;
    RunEntry done = pb::ui::test::makeEntry(1, u"done"_s, pb::ui::test::makeResult());
    RunEntry live = pb::ui::test::makeEntry(2, u"still running"_s, pb::ui::test::makeResult());
    live.live = true;
    QStringList written;
    QString error;
    EXPECT_FALSE(exportRunsToFolder({done, live}, out.path(), u"json"_s, &written, &error));
    EXPECT_TRUE(error.contains(u"still running is still running"_s)) << qPrintable(error);
    EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files).isEmpty());
    QStringList taken;
    EXPECT_EQ(QFileInfo(exportFileName(u"primes 30k · w1,2 #2"_s, u"json"_s, out.path(), &taken))
                  .fileName(),
              u"primes-30k-w1-2-2.json"_s);
    EXPECT_EQ(QFileInfo(exportFileName(u"primes 30k · w1,2 #2"_s, u"json"_s, out.path(), &taken))
                  .fileName(),
              u"primes-30k-w1-2-2-2.json"_s);
    EXPECT_EQ(QFileInfo(exportFileName(u"../.."_s, u"md"_s, out.path(), &taken)).fileName(),
              u"run.md"_s);
}

TEST_F(MainWindowCompare, AGoogleBenchmarkSweepOffersItsReadingAndRemembersIt)
{
    const QString path = m_files.filePath(u"sweep.json"_s);
    write(path, gbenchSweep());
    auto w = makeWindow();
    ASSERT_TRUE(w->openResultFile(path));
    GbenchScalingBar *bar = w->scalingBar();
    EXPECT_FALSE(bar->isHidden());
    const int id = w->runList()->currentRunId();
    const auto speedupAt2 = [&] {
        const RunResult &r = w->runList()->run(id)->result;
        return r.cell(u"BM_X"_s, 2, r.sizes().constLast())->stats.speedup;
    };
    EXPECT_NEAR(speedupAt2(), 1002.0 / 1204.0, 1e-3); // split: time(1) / (2 × real_time(2))
    bar->combo()->setCurrentIndex(1);                 // each thread does the whole work
    EXPECT_NEAR(speedupAt2(), 1002.0 / 602.0, 1e-3);
    EXPECT_EQ(w->runList()->run(id)->scaling, ThreadScaling::PerThread);
    bool noted = false;
    for (const Warning &warn : w->runList()->run(id)->result.warnings)
        noted = noted || warn.message.contains(u"work per thread"_s);
    EXPECT_TRUE(noted); // the run's notes say which reading is used
    auto again = makeWindow();
    ASSERT_TRUE(again->openResultFile(path));
    EXPECT_EQ(again->runList()->run(again->runList()->currentRunId())->scaling,
              ThreadScaling::PerThread);
    // A ParaBench run never shows the bar.
    QString error;
    const QString pbFile = m_files.filePath(u"pb.json"_s);
    ASSERT_TRUE(writeResultFile(sampleResult(), pbFile, u"json"_s, &error));
    ASSERT_TRUE(again->openResultFile(pbFile));
    EXPECT_TRUE(again->scalingBar()->isHidden());
}
