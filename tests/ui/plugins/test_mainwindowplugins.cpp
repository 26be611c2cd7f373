// The app with workload plugins: loading (and refusing) them, remembering them, running plugin
// workloads in a child parabench-cli, surviving a crashing plugin, results of plugins that are
// not loaded. Its own test binary: loaded plugins stay loaded for the rest of the process.
#include "../mainwindowfixture.h"

#include "core/io/resultio.h"
#include "core/run/plugins.h"
#include "core/run/processruncontroller.h"
#include "core/run/registry.h"
#include "ui/pluginsettings.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>

using namespace pb;
using namespace pb::test;

namespace {

const QString kCollatz = QStringLiteral(PB_TEST_PLUGIN_COLLATZ);
const QString kFaulty = QStringLiteral(PB_TEST_PLUGIN_FAULTY);

class PluginWindowTest : public MainWindowTest
{
protected:
    std::unique_ptr<MainWindow> makePluginWindow()
    {
        auto w = makeWindow();
        w->processController()->setProgram(QStringLiteral(PARABENCH_CLI_PATH));
        return w;
    }
    static const RunEntry *lastRun(MainWindow &w)
    {
        const QList<RunEntry> runs = w.runList()->runs();
        return runs.isEmpty() ? nullptr : w.runList()->run(runs.constLast().id);
    }
    static QComboBox *combo(MainWindow &w)
    {
        return child<QComboBox>(w.configPanel(), QStringLiteral("workloadCombo"));
    }
};

} // namespace

TEST_F(PluginWindowTest, ALoadedPluginJoinsTheWorkloadListAndIsRemembered)
{
    auto w = makePluginWindow();
    QString error;
    ASSERT_TRUE(w->loadPlugin(kCollatz, &error)) << qPrintable(error);
    QComboBox *list = combo(*w);
    const int index = list->findData(QStringLiteral("collatz"));
    ASSERT_GE(index, 0);
    EXPECT_EQ(list->itemText(index), QStringLiteral("Collatz steps (plugin)"));
    EXPECT_TRUE(list->itemData(index, Qt::ToolTipRole)
                    .toString()
                    .contains(QFileInfo(kCollatz).canonicalFilePath()));
    EXPECT_EQ(list->currentData().toString(), QStringLiteral("collatz")); // selected
    EXPECT_EQ(ui::PluginSettings::files(), QStringList{QFileInfo(kCollatz).absoluteFilePath()});
    // Built-ins still come first.
    EXPECT_EQ(list->itemData(0).toString(), QStringLiteral("primes"));
}

TEST_F(PluginWindowTest, ABadPluginIsRefusedWithItsMessage)
{
    auto w = makePluginWindow();
    QString error;
    EXPECT_FALSE(w->loadPlugin(QStringLiteral(PB_TEST_PLUGIN_PBTEST_OTHERIID), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a ParaBench workload plugin")))
        << qPrintable(error);
    EXPECT_TRUE(ui::PluginSettings::files().isEmpty());
}

TEST_F(PluginWindowTest, APluginWorkloadRunsInAChildAndRecordsItsProvenance)
{
    auto w = makePluginWindow();
    QString error;
    ASSERT_TRUE(w->loadPlugin(kCollatz, &error)) << qPrintable(error);
    configure(w->configPanel(), QStringLiteral("collatz"), QStringLiteral("4000"), {1, 2},
              {QStringLiteral("serial"), QStringLiteral("chunked")}, 2);
    ASSERT_TRUE(w->startRun(&error)) << qPrintable(error);
    EXPECT_TRUE(w->processController()->isRunning());
    ASSERT_TRUE(w->waitForRunFinished(60000));
    const RunEntry *run = lastRun(*w);
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->result.status, RunStatus::Complete) << qPrintable(run->result.error);
    EXPECT_EQ(run->result.cells.size(), 3);
    ASSERT_TRUE(run->result.plugin.has_value());
    EXPECT_EQ(run->result.plugin->file, QFileInfo(kCollatz).canonicalFilePath());
    const QString notes = child<QLabel>(w.get(), QStringLiteral("resultsNotes"))->text();
    EXPECT_TRUE(notes.contains(QStringLiteral("Workload plugin"))) << qPrintable(notes);
    EXPECT_TRUE(notes.contains(run->result.plugin->sha256.left(12))) << qPrintable(notes);
}

TEST_F(PluginWindowTest, TheAppSurvivesACrashingPluginAndKeepsEarlierCells)
{
    auto w = makePluginWindow();
    QString error;
    ASSERT_TRUE(w->loadPlugin(kFaulty, &error)) << qPrintable(error);
    pb::RunConfig c;
    c.workload = QStringLiteral("faulty");
    c.size = 4000;
    c.workers = {2};
    c.strategies = {QStringLiteral("serial"), QStringLiteral("mapped"), QStringLiteral("chunked")};
    c.warmupRuns = 0;
    c.reps.repetitions = 2;
    c.order = pb::RepetitionOrder::Sequential; // cell after cell: the earlier ones are finished
    c.params = {{QStringLiteral("fault"), QStringLiteral("segfault")},
                {QStringLiteral("item"), 1000},
                {QStringLiteral("parallel_only"), true},
                {QStringLiteral("after"), 2}};
    w->configPanel()->setConfig(c);
    ASSERT_TRUE(w->startRun(&error)) << qPrintable(error);
    ASSERT_TRUE(w->waitForRunFinished(60000));
    const RunEntry *run = lastRun(*w);
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->result.status, RunStatus::Failed);
    EXPECT_EQ(run->result.error, QStringLiteral("the workload crashed with signal 11 (SIGSEGV) in "
                                                "cell chunked × 2 workers"));
    ASSERT_EQ(run->result.cells.size(), 3);
    EXPECT_TRUE(run->result.cells[1].verified);
    const QLabel *banner = child<QLabel>(w.get(), QStringLiteral("warningBanner"));
    EXPECT_TRUE(banner->isVisibleTo(w.get()));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("crashed with signal 11 (SIGSEGV)")))
        << qPrintable(banner->text());
    // The window goes on: the next run (healthy) completes.
    c.params.insert(QStringLiteral("fault"), QStringLiteral("none"));
    w->configPanel()->setConfig(c);
    ASSERT_TRUE(w->startRun(&error)) << qPrintable(error);
    ASSERT_TRUE(w->waitForRunFinished(60000));
    EXPECT_EQ(lastRun(*w)->result.status, RunStatus::Complete);
    EXPECT_TRUE(m_errors.isEmpty()) << qPrintable(m_errors.join(QLatin1Char('\n')));
}

TEST_F(PluginWindowTest, AResultOfAPluginThatIsNotLoadedStillOpens)
{
    RunResult r = sampleResult();
    r.config.workload = QStringLiteral("not-loaded-here");
    r.workloadName = QStringLiteral("Somebody's kernel");
    r.plugin =
        PluginProvenance{QStringLiteral("theirs"),      QStringLiteral("Their plugin"),
                         QStringLiteral("2.1.0"),       QStringLiteral("/elsewhere/theirs.so"),
                         QString(64, QLatin1Char('a')), QStringLiteral("0.1.0"),
                         QStringLiteral("Release"),     QStringLiteral("GNU 12.2.0")};
    const QString path = m_files.filePath(QStringLiteral("theirs.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(r, path, QStringLiteral("json"), &error)) << qPrintable(error);
    auto w = makePluginWindow();
    ASSERT_TRUE(w->openResultFile(path));
    const RunEntry *run = lastRun(*w);
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->result.cells.size(), 3);
    EXPECT_EQ(run->result.plugin, r.plugin);
    const QString notes = child<QLabel>(w.get(), QStringLiteral("resultsNotes"))->text();
    EXPECT_TRUE(notes.contains(QStringLiteral("theirs 2.1.0"))) << qPrintable(notes);
    EXPECT_TRUE(m_errors.isEmpty()) << qPrintable(m_errors.join(QLatin1Char('\n')));
}

TEST_F(PluginWindowTest, AtStartMissingOrCrashingPluginsAreSkippedWithANoteNotADialog)
{
    ui::PluginSettings::setFiles({QStringLiteral("/gone/missing.so"), kCollatz});
    auto w = makePluginWindow();
    EXPECT_TRUE(m_errors.isEmpty());
    ASSERT_EQ(w->pluginNotes().size(), 1);
    EXPECT_EQ(w->pluginNotes()[0], QStringLiteral("plugin file not found: /gone/missing.so"));
    EXPECT_GE(combo(*w)->findData(QStringLiteral("collatz")), 0); // the other one loaded
    EXPECT_TRUE(w->diagnosticsText().contains(QStringLiteral("/gone/missing.so")));

    // A plugin that was being loaded when the app last stopped is not loaded again.
    ui::PluginSettings::setFiles({kFaulty});
    ui::PluginSettings::setLoading(kFaulty);
    auto again = makePluginWindow();
    ASSERT_EQ(again->pluginNotes().size(), 1);
    EXPECT_TRUE(again->pluginNotes()[0].contains(QStringLiteral("stopped while loading it")));
    EXPECT_TRUE(ui::PluginSettings::files().isEmpty());
    EXPECT_TRUE(ui::PluginSettings::loading().isEmpty());
}

TEST_F(PluginWindowTest, BuiltInWorkloadsMayRunInAChildToo)
{
    auto w = makePluginWindow();
    auto *action = w->findChild<QAction *>(QStringLiteral("separateProcessAction"));
    ASSERT_NE(action, nullptr);
    action->setChecked(true);
    EXPECT_TRUE(ui::PluginSettings::separateProcessForAll());
    configure(w->configPanel(), QStringLiteral("primes"), QStringLiteral("300"), {1},
              {QStringLiteral("serial"), QStringLiteral("mapped")}, 2);
    QString error;
    ASSERT_TRUE(w->startRun(&error)) << qPrintable(error);
    EXPECT_TRUE(w->processController()->isRunning());
    // Cancel reaches the child too.
    w->cancelRun();
    ASSERT_TRUE(w->waitForRunFinished(60000));
    EXPECT_NE(lastRun(*w)->result.status, RunStatus::Failed)
        << qPrintable(lastRun(*w)->result.error);
}
