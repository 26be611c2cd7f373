// ProcessRunController: an experiment in a child parabench-cli. A crashing plugin fails only
// that run (with the signal and the cell) and keeps the cells finished before; cancel stops the
// child quickly; the child's own errors come back as messages.
#include "../core/run/runfixtures.h"
#include "../sanitizerscale.h"
#include "core/run/plugins.h"
#include "core/run/processruncontroller.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pb;

namespace {

/// The run tests' tinyConfig with the given workload parameters (none: the workload's defaults).
RunConfig config(const QString &workload, qint64 size, QList<int> workers, QStringList strategies,
                 QVariantMap params = {})
{
    RunConfig c = test::tinyConfig(workload, size, std::move(workers), std::move(strategies));
    c.params = std::move(params);
    return c;
}

void loadPlugin(const QString &file)
{
    QString error;
    ASSERT_TRUE(loadWorkloadPlugin(file, &error)) << qPrintable(error);
}

/// Collects what a backend reports until finished() or the timeout.
struct Recorder
{
    explicit Recorder(RunBackend &backend)
    {
        QObject::connect(&backend, &RunBackend::progressChanged, &loop,
                         [this](const Progress &p) { progress << p; });
        QObject::connect(&backend, &RunBackend::cellFinished, &loop,
                         [this](const RunResult &r) { partials << r; });
        QObject::connect(&backend, &RunBackend::finished, &loop, [this](const RunResult &r) {
            result = r;
            done = true;
            loop.quit();
        });
    }
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!condition() && t.elapsed() < timeoutMs) {
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return condition();
    }
    bool waitFinished(int timeoutMs)
    {
        return waitUntil([this] { return done; }, timeoutMs);
    }

    QEventLoop loop;
    QList<Progress> progress;
    QList<RunResult> partials;
    RunResult result;
    bool done = false;
};

ProcessRunController *controller(QObject *parent)
{
    auto *c = new ProcessRunController(parent);
    c->setProgram(QStringLiteral(PARABENCH_CLI_PATH));
    return c;
}

} // namespace

TEST(ProcessRunController, APluginRunInAChildGivesTheSameKindOfResult)
{
    loadPlugin(QStringLiteral(PB_TEST_PLUGIN_COLLATZ));
    QObject owner;
    ProcessRunController *backend = controller(&owner);
    Recorder rec(*backend);
    RunConfig c = config(QStringLiteral("collatz"), 5000, {1, 2},
                         {QStringLiteral("serial"), QStringLiteral("chunked")});
    c.order = RepetitionOrder::Sequential; // one snapshot per finished cell
    QString error;
    ASSERT_TRUE(backend->start(c, &error)) << qPrintable(error);
    EXPECT_TRUE(backend->isRunning());
    EXPECT_TRUE(backend->arguments().contains(QStringLiteral("--stream")));
    ASSERT_TRUE(rec.waitFinished(60000));
    EXPECT_FALSE(backend->isRunning());
    const RunResult &r = rec.result;
    EXPECT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    EXPECT_EQ(r.config, c);
    ASSERT_EQ(r.cells.size(), 3);
    for (const CellResult &cell : r.cells)
        EXPECT_TRUE(cell.verified && cell.error.isEmpty()) << qPrintable(cell.error);
    ASSERT_TRUE(r.plugin.has_value());
    EXPECT_EQ(r.plugin->id, QStringLiteral("collatz"));
    EXPECT_EQ(rec.partials.size(), 3); // one snapshot per finished cell
    EXPECT_FALSE(rec.progress.isEmpty());
}

TEST(ProcessRunController, ACrashNamesTheSignalAndTheCellAndKeepsEarlierCells)
{
    loadPlugin(QStringLiteral(PB_TEST_PLUGIN_FAULTY));
    QObject owner;
    ProcessRunController *backend = controller(&owner);
    Recorder rec(*backend);
    // serial and mapped x 2 pass item 1000 (serial is not "parallel"; mapped's two runs are
    // within `after`); chunked x 2 segfaults on its first run.
    RunConfig c =
        config(QStringLiteral("faulty"), 5000, {2},
               {QStringLiteral("serial"), QStringLiteral("mapped"), QStringLiteral("chunked")},
               {{QStringLiteral("fault"), QStringLiteral("segfault")},
                {QStringLiteral("parallel_only"), true},
                {QStringLiteral("after"), 2}});
    c.order = RepetitionOrder::Sequential; // cell after cell: the earlier ones are finished
    QString error;
    ASSERT_TRUE(backend->start(c, &error)) << qPrintable(error);
    ASSERT_TRUE(rec.waitFinished(60000));
    const RunResult &r = rec.result;
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_EQ(r.error, QStringLiteral("the workload crashed with signal 11 (SIGSEGV) in cell "
                                      "chunked × 2 workers"));
    ASSERT_EQ(r.cells.size(), 3);
    EXPECT_TRUE(r.cells[0].verified && r.cells[0].error.isEmpty()); // serial
    EXPECT_TRUE(r.cells[1].verified && r.cells[1].error.isEmpty()); // mapped x 2
    EXPECT_EQ(r.cells[1].samplesNs.size(), 2);
    EXPECT_EQ(r.cells[2].strategy, QStringLiteral("chunked"));
    EXPECT_EQ(r.cells[2].workers, 2);
    EXPECT_EQ(r.cells[2].errorKind, CellErrorKind::Crashed);
    EXPECT_EQ(r.cells[2].error, r.error);
    EXPECT_EQ(rec.partials.size(), 2);

    // The controller (and this process) go on: the next run works.
    Recorder again(*backend);
    ASSERT_TRUE(backend->start(config(QStringLiteral("faulty"), 2000, {2},
                                      {QStringLiteral("serial"), QStringLiteral("mapped")}),
                               &error))
        << qPrintable(error);
    ASSERT_TRUE(again.waitFinished(60000));
    EXPECT_EQ(again.result.status, RunStatus::Complete) << qPrintable(again.result.error);
}

TEST(ProcessRunController, AnAbortBeforeAnyCellIsReportedToo)
{
    loadPlugin(QStringLiteral(PB_TEST_PLUGIN_FAULTY));
    QObject owner;
    ProcessRunController *backend = controller(&owner);
    Recorder rec(*backend);
    QString error;
    ASSERT_TRUE(backend->start(config(QStringLiteral("faulty"), 5000, {2},
                                      {QStringLiteral("serial"), QStringLiteral("mapped")},
                                      {{QStringLiteral("fault"), QStringLiteral("abort")}}),
                               &error));
    ASSERT_TRUE(rec.waitFinished(60000));
    EXPECT_EQ(rec.result.status, RunStatus::Failed);
    EXPECT_EQ(rec.result.error, QStringLiteral("the workload crashed with signal 6 (SIGABRT) in "
                                               "cell serial × 1 worker"));
    ASSERT_EQ(rec.result.cells.size(), 1);
    EXPECT_EQ(rec.result.cells[0].errorKind, CellErrorKind::Crashed);
}

TEST(ProcessRunController, CancelStopsTheChildQuickly)
{
    QObject owner;
    ProcessRunController *backend = controller(&owner);
    Recorder rec(*backend);
    // Minutes of work: 2 ms per item.
    const RunConfig c = config(QStringLiteral("spin"), 200000, {1, 2},
                               {QStringLiteral("serial"), QStringLiteral("chunked")},
                               {{QStringLiteral("us_per_item"), 2000.0}});
    QString error;
    ASSERT_TRUE(backend->start(c, &error)) << qPrintable(error);
    ASSERT_TRUE(rec.waitUntil([&] { return !rec.progress.isEmpty(); }, 30000))
        << "no progress from the child";
    QElapsedTimer t;
    t.start();
    backend->cancel();
    ASSERT_TRUE(rec.waitFinished(10000 * pb::test::kSanitizerTimeScale));
    const qint64 ms = t.elapsed();
    std::printf("canceled child finished after %lld ms\n", ms);
    // Typically 100-300 ms; the bound allows for a busy machine and a sanitizer build.
    EXPECT_LT(ms, 3000 * pb::test::kSanitizerTimeScale);
    EXPECT_EQ(rec.result.status, RunStatus::Canceled) << qPrintable(rec.result.error);
    EXPECT_EQ(rec.result.config, c);
}

TEST(ProcessRunController, AChildThatIgnoresSigtermIsKilledAfterTheGracePeriod)
{
    // A stand-in for a child stuck in a kernel that never looks at the cancel token: it reports
    // a cell's progress and then ignores SIGTERM.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("stuck-cli"));
    QFile file(script);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // `read` waits on the standard input QProcess keeps open: no other program needed.
    file.write("#!" PARABENCH_TEST_SH "\ntrap '' TERM INT\n"
               "echo '{\"type\":\"progress\",\"cellIndex\":0,\"cellCount\":2,"
               "\"strategy\":\"serial\",\"workers\":1}'\nread line\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QObject owner;
    auto *backend = new ProcessRunController(&owner);
    backend->setProgram(script);
    backend->setKillGrace(300);
    Recorder rec(*backend);
    const RunConfig c = config(QStringLiteral("primes"), 1000, {1}, {QStringLiteral("serial")});
    QString error;
    ASSERT_TRUE(backend->start(c, &error)) << qPrintable(error);
    ASSERT_TRUE(rec.waitUntil([&] { return !rec.progress.isEmpty(); }, 10000));
    QElapsedTimer t;
    t.start();
    backend->cancel();
    ASSERT_TRUE(rec.waitFinished(10000 * pb::test::kSanitizerTimeScale));
    const qint64 ms = t.elapsed();
    std::printf("child ignoring SIGTERM killed after %lld ms\n", ms);
    EXPECT_GE(ms, 250);                                  // not before the grace period
    EXPECT_LT(ms, 2000 * pb::test::kSanitizerTimeScale); // SIGKILL right after it
    EXPECT_EQ(rec.result.status, RunStatus::Canceled);
    EXPECT_FALSE(backend->isRunning());
}

TEST(ProcessRunController, TheChildsErrorsComeBackAsMessages)
{
    loadPlugin(QStringLiteral(PB_TEST_PLUGIN_FAULTY));
    QObject owner;
    ProcessRunController *backend = controller(&owner);
    Recorder rec(*backend);
    QString error;
    ASSERT_TRUE(backend->start(config(QStringLiteral("faulty"), 3000, {2},
                                      {QStringLiteral("serial"), QStringLiteral("mapped")},
                                      {{QStringLiteral("fault"), QStringLiteral("wrong-count")}}),
                               &error));
    ASSERT_TRUE(rec.waitFinished(60000));
    EXPECT_EQ(rec.result.status, RunStatus::Failed);
    EXPECT_EQ(rec.result.error,
              QStringLiteral("faulty: the input generator returned 2999 items for a size of 3000"));

    ProcessRunController missing;
    missing.setProgram(QStringLiteral("/nonexistent/parabench-cli"));
    EXPECT_FALSE(missing.start(
        config(QStringLiteral("primes"), 100, {1}, {QStringLiteral("serial")}), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot start /nonexistent/parabench-cli: ")))
        << qPrintable(error);
}
