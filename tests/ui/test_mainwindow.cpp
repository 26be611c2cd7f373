// MainWindow end to end: widgets -> RunController -> run list, table, charts, files, settings.
#include "core/io/resultio.h"
#include "core/model/sizeparse.h"
#include "ui/chartpanel.h"
#include "ui/configpanel.h"
#include "ui/machinecheckdialog.h"
#include "ui/mainwindow.h"
#include "ui/resultstablemodel.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <limits>
#include <optional>

#include "mainwindowfixture.h"

using namespace pb;
using namespace pb::ui;
using pb::test::MainWindowTest;
using pb::test::waitUntil;

TEST_F(MainWindowTest, BuildsWithARunnableDefaultExperiment)
{
    auto w = makeWindow();
    const RunConfig c = w->configPanel()->config();
    EXPECT_EQ(c.workload, QStringLiteral("primes"));
    EXPECT_EQ(c.size, 30000);
    ASSERT_FALSE(c.workers.isEmpty());
    EXPECT_EQ(c.workers.first(), 1);
    EXPECT_EQ(c.workers.last(), std::max(1, QThread::idealThreadCount()));
    EXPECT_TRUE(c.strategies.contains(QStringLiteral("serial")));
    EXPECT_TRUE(c.strategies.contains(QStringLiteral("mapped")));
    EXPECT_TRUE(w->runAction()->isEnabled());
    EXPECT_FALSE(w->cancelAction()->isEnabled());
    EXPECT_EQ(w->runList()->count(), 0);
}

TEST_F(MainWindowTest, RunFromWidgetsFillsTableAndSpeedupChart)
{
    auto w = makeWindow();
    configure(w->configPanel(), QStringLiteral("primes"), QStringLiteral("2000"), {1, 2},
              {QStringLiteral("serial"), QStringLiteral("mapped")}, 2);
    ASSERT_TRUE(w->runAction()->isEnabled()) << qPrintable(w->configPanel()->problem());
    w->runAction()->trigger();
    ASSERT_TRUE(w->isRunning());
    EXPECT_FALSE(w->runAction()->isEnabled());
    ASSERT_TRUE(w->waitForRunFinished(120000));

    ASSERT_EQ(w->runList()->count(), 1);
    const RunEntry &entry = w->runList()->runs().first();
    EXPECT_FALSE(entry.live);
    EXPECT_EQ(entry.result.status, RunStatus::Complete);
    EXPECT_EQ(RunList::statusText(entry), QStringLiteral("complete"));
    EXPECT_TRUE(entry.label.startsWith(QStringLiteral("primes 2k · w1,2")));

    ResultsTableModel *model = w->resultsView()->model();
    ASSERT_EQ(model->rowCount(), 3); // serial + mapped x {1, 2}
    QStringList rows;
    for (int r = 0; r < 3; ++r)
        rows << model->index(r, ResultsTableModel::Strategy).data().toString() + QLatin1Char('/') +
                    model->index(r, ResultsTableModel::Workers).data().toString();
    EXPECT_TRUE(rows.contains(QStringLiteral("serial/1")));
    EXPECT_TRUE(rows.contains(QStringLiteral("mapped/1")));
    EXPECT_TRUE(rows.contains(QStringLiteral("mapped/2")));

    bool foundMapped = false;
    for (const auto &[name, points] : w->chartPanel()->seriesData(ChartKind::Speedup)) {
        if (!name.endsWith(QLatin1String("mapped")))
            continue;
        foundMapped = true;
        ASSERT_EQ(points.size(), 2);
        const CellResult *cell = entry.result.cell(QStringLiteral("mapped"), int(points[1].x()),
                                                   entry.result.config.size);
        ASSERT_NE(cell, nullptr);
        EXPECT_DOUBLE_EQ(points[1].y(), cell->stats.speedup);
    }
    EXPECT_TRUE(foundMapped);
    EXPECT_TRUE(w->runAction()->isEnabled());
    EXPECT_GT(w->lastStallStats().ticks, 0);
}

TEST_F(MainWindowTest, CancelKeepsMeasuredCells)
{
    auto w = makeWindow();
    RunConfig c = w->configPanel()->config();
    c.workload = QStringLiteral("spin");
    c.params = {{QStringLiteral("us_per_item"), 250.0}};
    c.size = 2000; // ~0.5 s per serial run
    c.workers.clear();
    for (int workers = 1; workers <= 32; ++workers)
        c.workers << workers;
    c.strategies = {QStringLiteral("serial"), QStringLiteral("mapped"), QStringLiteral("chunked")};
    c.warmupRuns = 0;
    // 64 parallel cells x 3 reps: minutes of work, far beyond the wait below unless cancel works.
    c.reps.repetitions = 3;
    w->configPanel()->setConfig(c);
    ASSERT_TRUE(w->startRun()) << qPrintable(w->configPanel()->problem());
    const int id = w->runList()->runs().first().id;
    // Wait until the serial cell is measured and a second cell is under way.
    ASSERT_TRUE(waitUntil([&] { return !w->runList()->run(id)->result.cells.isEmpty(); }, 60000));
    w->cancelRun();
    ASSERT_TRUE(w->waitForRunFinished(30000));
    const RunEntry *entry = w->runList()->run(id);
    EXPECT_EQ(entry->result.status, RunStatus::Canceled);
    EXPECT_EQ(RunList::statusText(*entry), QStringLiteral("canceled"));
    ASSERT_GE(entry->result.cells.size(), 1);
    EXPECT_EQ(entry->result.cells.first().strategy, QStringLiteral("serial"));
    EXPECT_EQ(w->resultsView()->model()->rowCount(), entry->result.cells.size());
}

TEST_F(MainWindowTest, OpeningAValidResultAddsARun)
{
    auto w = makeWindow();
    const QString path = m_files.filePath(QStringLiteral("earlier.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), path, QStringLiteral("json"), &error))
        << qPrintable(error);
    ASSERT_TRUE(w->openResultFile(path));
    EXPECT_TRUE(m_errors.isEmpty());
    ASSERT_EQ(w->runList()->count(), 1);
    const RunEntry &entry = w->runList()->runs().first();
    EXPECT_EQ(entry.label, QStringLiteral("earlier.json"));
    EXPECT_EQ(entry.result.cells.size(), 3);
    EXPECT_EQ(w->resultsView()->model()->rowCount(), 3);
    EXPECT_EQ(w->runList()->currentRunId(), entry.id);
    EXPECT_EQ(w->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    EXPECT_FALSE(w->chartPanel()->seriesData(ChartKind::Speedup).isEmpty());
}

TEST_F(MainWindowTest, MalformedOrForeignJsonIsRefusedWithoutChanges)
{
    auto w = makeWindow();
    const QString valid = m_files.filePath(QStringLiteral("ok.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), valid, QStringLiteral("json"), &error));
    ASSERT_TRUE(w->openResultFile(valid));

    const QString broken = m_files.filePath(QStringLiteral("broken.json"));
    const QString foreign = m_files.filePath(QStringLiteral("foreign.json"));
    for (const auto &[path, bytes] : {std::pair{broken, QByteArray("{\"format\": ")},
                                      std::pair{foreign, QByteArray("{\"name\": \"package\"}")}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    for (const QString &path : {broken, foreign}) {
        m_errors.clear();
        EXPECT_FALSE(w->openResultFile(path));
        ASSERT_EQ(m_errors.size(), 1);
        EXPECT_TRUE(m_errors.first().contains(QFileInfo(path).fileName()))
            << qPrintable(m_errors.first());
        EXPECT_EQ(w->runList()->count(), 1);
        EXPECT_EQ(w->runList()->runs().first().label, QStringLiteral("ok.json"));
    }
    EXPECT_EQ(w->recentFiles().size(), 1);
}

TEST_F(MainWindowTest, ExportToUnwritablePathFailsWithoutLeavingAFile)
{
    auto w = makeWindow();
    const QString source = m_files.filePath(QStringLiteral("run.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), source, QStringLiteral("json"), &error));
    ASSERT_TRUE(w->openResultFile(source));

    // A regular file used as a directory: unwritable even for root.
    const QString blocker = m_files.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const QString bad = blocker + QStringLiteral("/out.csv");
    error.clear();
    EXPECT_FALSE(w->exportData(bad, QStringLiteral("csv"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(bad));

    const QString good = m_files.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(w->exportData(good, QStringLiteral("csv"), &error)) << qPrintable(error);
    QFile written(good);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("mapped"));
}

TEST_F(MainWindowTest, ExportWithoutSelectionExplains)
{
    auto w = makeWindow();
    QString error;
    const QString path = m_files.filePath(QStringLiteral("none.json"));
    EXPECT_FALSE(w->exportData(path, QStringLiteral("json"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(MainWindowTest, SettingsRoundTrip)
{
    RunConfig c = ConfigPanel::defaultConfig();
    c.size = 12345;
    c.workers = {1, 3};
    c.strategies = {QStringLiteral("serial"), QStringLiteral("chunked")};
    c.reps.repetitions = 7;
    c.warmupRuns = 2;
    c.chunkSize = 64;
    c.verify = false;
    const QString path = m_files.filePath(QStringLiteral("recent.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), path, QStringLiteral("json"), &error));
    {
        auto w = makeWindow();
        w->configPanel()->setConfig(c);
        ASSERT_TRUE(w->openResultFile(path));
        w->close();
    }
    auto restored = makeWindow();
    const RunConfig r = restored->configPanel()->config();
    EXPECT_EQ(r.workload, c.workload);
    EXPECT_EQ(r.size, 12345);
    EXPECT_EQ(r.workers, c.workers);
    EXPECT_EQ(r.strategies, c.strategies);
    EXPECT_EQ(r.reps.repetitions, 7);
    EXPECT_EQ(r.warmupRuns, 2);
    EXPECT_EQ(r.chunkSize, 64);
    EXPECT_FALSE(r.verify);
    EXPECT_EQ(restored->recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});
}

TEST_F(MainWindowTest, ClosingDuringARunCancelsAndJoins)
{
    auto w = makeWindow();
    RunConfig c = w->configPanel()->config();
    c.workload = QStringLiteral("spin");
    c.params = {{QStringLiteral("us_per_item"), 100.0}};
    c.size = 2000;
    c.workers = {1, 2};
    c.strategies = {QStringLiteral("serial"), QStringLiteral("mapped")};
    c.reps.repetitions = 1000;
    w->configPanel()->setConfig(c);
    std::optional<RunStatus> ended;
    QObject::connect(w.get(), &MainWindow::runFinished, w.get(),
                     [&ended](const RunResult &r) { ended = r.status; });
    ASSERT_TRUE(w->startRun());
    waitUntil([] { return false; }, 100);
    // The whole run would take minutes (serial alone: 1000 repetitions of 0.2 s).
    QElapsedTimer closing;
    closing.start();
    EXPECT_TRUE(w->close());
    EXPECT_LT(closing.elapsed(), 5000) << "close() waited for the run instead of canceling it";
    // The run's last result, queued before the join, reports the cancel.
    EXPECT_TRUE(waitUntil([&ended] { return ended.has_value(); }, 5000));
    ASSERT_TRUE(ended.has_value());
    EXPECT_EQ(*ended, RunStatus::Canceled);
    EXPECT_FALSE(w->isRunning());
    w.reset(); // must not hang or crash with queued results in flight
}

TEST_F(MainWindowTest, MachineCheckRunsInTheBackgroundBlocksRunsAndCancels)
{
    auto w = makeWindow();
    ASSERT_TRUE(w->runAction()->isEnabled());
    w->checkMachine();
    MachineCheckDialog *dialog = w->machineCheckDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isRunning());
    // The dialog says which phase runs instead of an empty box.
    EXPECT_TRUE(waitUntil(
        [&] { return dialog->phaseText().startsWith(QStringLiteral("Phase 1 of 2")); }, 10000))
        << qPrintable(dialog->phaseText());
    // A benchmark must not run at the same time as the calibration.
    EXPECT_FALSE(w->runAction()->isEnabled());
    QString why;
    EXPECT_FALSE(w->startRun(&why));
    EXPECT_TRUE(why.contains(QStringLiteral("machine check"))) << qPrintable(why);
    const int runsBefore = int(w->runList()->runs().size());
    dialog->reject(); // the Cancel button
    ASSERT_TRUE(waitUntil([&] { return !dialog->isRunning(); }, 20000));
    waitUntil([] { return false; }, 50);
    EXPECT_TRUE(w->runAction()->isEnabled());
    EXPECT_EQ(w->runList()->runs().size(), runsBefore); // a canceled check adds no run
    EXPECT_TRUE(dialog->reportText().isEmpty());
}

TEST_F(MainWindowTest, SettingsOfAResultCanBeLoadedToRunAgain)
{
    auto w = makeWindow();
    RunResult r = sampleResult();
    r.config.workload = QStringLiteral("fine");
    r.config.size = 12345;
    r.config.workers = {1, 3};
    r.config.strategies = {QStringLiteral("serial"), QStringLiteral("inplace")};
    r.config.reps.repetitions = 7;
    r.cells.clear(); // the reader refuses cells the configuration does not list
    r.fits.clear();
    const QString path = m_files.filePath(QStringLiteral("cli.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(r, path, QStringLiteral("json"), &error)) << qPrintable(error);
    ASSERT_TRUE(w->loadConfigFrom(path));
    const RunConfig c = w->configPanel()->config();
    EXPECT_EQ(c.workload, QStringLiteral("fine"));
    EXPECT_EQ(c.size, 12345);
    EXPECT_EQ(c.workers, (QList<int>{1, 3}));
    EXPECT_EQ(c.strategies, r.config.strategies);
    EXPECT_EQ(c.reps.repetitions, 7);
    EXPECT_EQ(w->runList()->count(), 0); // settings only, no run added

    r.config.workload = QStringLiteral("quantum");
    ASSERT_TRUE(writeResultFile(r, path, QStringLiteral("json"), &error));
    EXPECT_FALSE(w->loadConfigFrom(path));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("quantum")))
        << qPrintable(m_errors.first());
    EXPECT_EQ(w->configPanel()->config().workload, QStringLiteral("fine")); // unchanged
}

TEST_F(MainWindowTest, GranularitySweepFromTheWidgetsFillsTheGranularityChart)
{
    auto w = makeWindow();
    configure(w->configPanel(), QStringLiteral("fine"), QStringLiteral("4096"), {2},
              {QStringLiteral("serial"), QStringLiteral("chunked")}, 2);
    auto *sweep = child<QCheckBox>(w->configPanel(), QStringLiteral("sweepCheck"));
    sweep->setChecked(true);
    const RunConfig c = w->configPanel()->config();
    EXPECT_EQ(c.chunkSweep, (QList<qint64>{1, 4, 16, 64, 256, 1024})); // up to 4096 / 2
    ASSERT_TRUE(w->startRun());
    EXPECT_EQ(w->chartPanel()->currentChart(), ChartKind::Granularity);
    ASSERT_TRUE(w->waitForRunFinished(60000));
    const auto s = w->chartPanel()->seriesData(ChartKind::Granularity);
    const QList<QPointF> *line = nullptr;
    for (const auto &[name, points] : s)
        if (name == QStringLiteral("chunked"))
            line = &points;
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->size(), 6);
    EXPECT_EQ(line->first().x(), 1);
    EXPECT_EQ(line->last().x(), 1024);
    sweep->setChecked(false);
    EXPECT_TRUE(w->configPanel()->config().chunkSweep.isEmpty());
}
