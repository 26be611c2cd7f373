// Runner: end-to-end runs over the real registry, verification, cancel, validation.
#include "core/run/autochunk.h"
#include "core/run/registry.h"
#include "core/run/runcontroller.h"
#include "core/run/runner.h"
#include "core/run/validation.h"
#include "core/run/workerpool.h"
#include "core/stats/analysis.h"
#include "core/strategies/strategies.h"
#include "core/workloads/fine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <thread>

using namespace pb;

namespace {

RunConfig tinyConfig(const QString &workload, qint64 size, QList<int> workers,
                     QStringList strategies)
{
    RunConfig c;
    c.workload = workload;
    c.size = size;
    c.workers = std::move(workers);
    c.strategies = std::move(strategies);
    c.warmupRuns = 0;
    c.reps.repetitions = 2;
    if (workload == QLatin1String("spin"))
        c.params = {{QStringLiteral("us_per_item"), 0.2}};
    return c;
}

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

/// Thread count once exiting threads are gone: QThread::wait() returns before the OS thread
/// has fully ended (Qt's threads are detached), so give them a moment.
int settledThreadCount(int expected)
{
    QElapsedTimer t;
    t.start();
    while (threadCount() > expected && t.elapsed() < 3000)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return threadCount();
}

QStringList threadNames()
{
    QStringList names;
    const QDir dir(QStringLiteral("/proc/self/task"));
    for (const QString &t : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(dir.filePath(t + "/comm"));
        if (f.open(QIODevice::ReadOnly))
            names.append(QString::fromUtf8(f.readAll()).trimmed());
    }
    return names;
}

} // namespace

TEST(Runner, EveryStrategyMatchesSerialForEveryWorkload)
{
    // Sizes 1, odd, and smaller than the worker count; worker counts incl. oversubscription.
    for (const Workload *w : workloads()) {
        for (qint64 size : {qint64(1), qint64(3), qint64(1001)}) {
            RunConfig c = tinyConfig(w->id(), size, {1, 2, 5}, strategyIds());
            CancelToken cancel;
            const RunResult r = Runner::run(c, cancel);
            SCOPED_TRACE(qPrintable(QStringLiteral("%1 n=%2").arg(w->id()).arg(size)));
            ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
            int expected = 1;
            for (const QString &s : strategyIds())
                if (s != QLatin1String("serial") &&
                    !(findStrategy(s)->needsReduction() && !w->hasReduction()))
                    expected += 3;
            EXPECT_EQ(r.cells.size(), expected);
            for (const CellResult &cell : r.cells) {
                EXPECT_TRUE(cell.verified) << qPrintable(cell.strategy);
                EXPECT_TRUE(cell.error.isEmpty()) << qPrintable(cell.strategy + ": " + cell.error);
                EXPECT_EQ(cell.samplesNs.size(), 2);
                EXPECT_GT(cell.stats.speedup, 0.0);
            }
        }
    }
}

TEST(Runner, StatisticsAndProgressAreReported)
{
    RunConfig c = tinyConfig(QStringLiteral("primes"), 300, {1, 2}, {"serial", "mapped"});
    c.warmupRuns = 1;
    c.reps.repetitions = 3;
    CancelToken cancel;
    int progressCalls = 0, cellCalls = 0;
    double lastFraction = -1;
    bool monotonic = true;
    Runner::Callbacks cb;
    cb.progress = [&](const Progress &p) {
        ++progressCalls;
        monotonic = monotonic && p.fraction >= lastFraction;
        lastFraction = p.fraction;
    };
    cb.cellFinished = [&](const RunResult &partial) {
        ++cellCalls;
        EXPECT_EQ(partial.cells.size(), cellCalls);
    };
    const RunResult r = Runner::run(c, cancel, cb);
    ASSERT_EQ(r.status, RunStatus::Complete);
    EXPECT_EQ(cellCalls, 3);
    EXPECT_GT(progressCalls, 0);
    EXPECT_TRUE(monotonic);
    const CellResult *base = r.baseline();
    ASSERT_NE(base, nullptr);
    EXPECT_EQ(base->warmupNs.size(), 1);
    EXPECT_DOUBLE_EQ(base->stats.speedup, 1.0);
    const CellResult *m2 = r.cell(QStringLiteral("mapped"), 2);
    ASSERT_NE(m2, nullptr);
    EXPECT_NEAR(m2->stats.speedup, base->stats.medianNs / m2->stats.medianNs, 1e-9);
    EXPECT_NEAR(m2->stats.efficiency, m2->stats.speedup / 2, 1e-12);
    EXPECT_TRUE(m2->stats.karpFlatt.has_value());
    EXPECT_EQ(r.system.logicalCores, QThread::idealThreadCount());
    EXPECT_EQ(r.inputBytes, 300 * qint64(sizeof(int)));
}

TEST(Runner, InvalidConfigFailsWithoutRunning)
{
    CancelToken cancel;
    RunConfig c = tinyConfig(QStringLiteral("primes"), 0, {1}, {"serial"});
    const RunResult r = Runner::run(c, cancel);
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_TRUE(r.error.contains("size")) << qPrintable(r.error);
    EXPECT_TRUE(r.cells.isEmpty());
}

TEST(Validation, SpecificMessages)
{
    const auto check = [](auto mutate, const char *needle) {
        RunConfig c = tinyConfig(QStringLiteral("primes"), 100, {1, 2}, {"serial", "mapped"});
        mutate(c);
        const QString e = validateConfig(c);
        EXPECT_TRUE(e.contains(QLatin1String(needle), Qt::CaseInsensitive))
            << needle << " not in: " << qPrintable(e);
    };
    EXPECT_EQ(validateConfig(tinyConfig("primes", 100, {1, 2}, {"serial", "mapped"})), QString());
    check([](RunConfig &c) { c.workload = "nope"; }, "valid: primes");
    check([](RunConfig &c) { c.size = -3; }, "at least 1");
    check([](RunConfig &c) { c.size = qint64(1) << 50; }, "too large");
    check([](RunConfig &c) { c.size = qint64(1) << 36; }, "memory");
    check([](RunConfig &c) { c.workers = {}; }, "no worker");
    check([](RunConfig &c) { c.workers = {0}; }, "at least 1");
    check([](RunConfig &c) { c.workers = {-2}; }, "at least 1");
    check([](RunConfig &c) { c.workers = {100000}; }, "too large");
    check([](RunConfig &c) { c.workers = {2, 2}; }, "twice");
    check([](RunConfig &c) { c.strategies = {"serial", "fast"}; }, "unknown strategy \"fast\"");
    check([](RunConfig &c) { c.strategies = {}; }, "no strategies");
    check([](RunConfig &c) { c.reps.repetitions = 0; }, "repetitions must be at least 1");
    check([](RunConfig &c) { c.warmupRuns = -1; }, "warm-up");
    check([](RunConfig &c) { c.chunkSize = -1; }, "chunk size");
    check(
        [](RunConfig &c) {
            c.reps.adaptive = true;
            c.reps.targetRelCi = 0;
        },
        "target");
    check(
        [](RunConfig &c) {
            c.workload = "spin";
            c.params = {{"us_per_item", -1.0}};
        },
        "us_per_item");
}

TEST(Validation, QtConcurrentItemLimitIsExplained)
{
    // Past the limit the memory check refuses first on this machine; test the rule itself.
    // Qt 6.4 overflows its int index for n near INT_MAX (items skipped or written out of
    // range), hence half of INT_MAX.
    const qint64 tooMany = kMaxQtConcurrentItems + 1;
    EXPECT_EQ(kMaxQtConcurrentItems, INT_MAX / 2);
    for (const char *id : {"mapped", "inplace", "mapreduce"}) {
        QString why;
        EXPECT_FALSE(findStrategy(id)->supportsSize(tooMany, &why)) << id;
        EXPECT_TRUE(why.contains("chunked")) << qPrintable(why);
        EXPECT_TRUE(findStrategy(id)->supportsSize(kMaxQtConcurrentItems, &why)) << id;
    }
    for (const char *id : {"serial", "chunked", "threads"})
        EXPECT_TRUE(findStrategy(id)->supportsSize(tooMany, nullptr)) << id;
}

TEST(AutoChunk, SweepsAndAutomaticSizesKeepTheChunkCountCountable)
{
    const qint64 huge = 3'000'000'000;
    const QList<qint64> sweep = autoChunkSweep(huge, 1);
    ASSERT_FALSE(sweep.isEmpty());
    EXPECT_EQ(sweep.first(), 4); // 1 would make 3e9 chunks
    for (qint64 c : sweep)
        EXPECT_LE(huge / c, kMaxQtConcurrentItems);
    EXPECT_GE(autoChunkSize(1.0, huge, 1), huge / kMaxQtConcurrentItems + 1);
    EXPECT_EQ(autoChunkSweep(4096, 2), (QList<qint64>{1, 4, 16, 64, 256, 1024}));
}

TEST(AutoChunk, AimsForTargetCostAndBalance)
{
    EXPECT_EQ(autoChunkSize(50.0, 10'000'000, 2), 2048); // 100 us / 50 ns = 2000 -> 2^11
    EXPECT_EQ(autoChunkSize(52.0, 10'000'000, 2), 2048); // run-to-run jitter does not move it
    EXPECT_EQ(autoChunkSize(30'000.0, 30'000, 2), 4);    // 100 us / 30 us = 3.3 -> 2^2
    EXPECT_EQ(autoChunkSize(1.0, 1000, 2), 62);          // balance: >= 8 chunks per worker
    EXPECT_GE(autoChunkSize(1.0, qint64(1) << 40, 2), (qint64(1) << 40) / kMaxQtConcurrentItems);
    EXPECT_EQ(autoChunkSize(1e9, 10, 2), 1);
}

TEST(Runner, CancelMidRunStopsEveryStrategyPromptly)
{
    // OpenMP keeps its thread team alive for the whole process by design: start it first.
    if (findStrategy(QStringLiteral("openmp"))) {
        CancelToken none;
        Runner::run(tinyConfig(QStringLiteral("spin"), 10, {2}, {"serial", "openmp"}), none);
    }
    // Threads of that run's pool may still be exiting: wait until the count stops falling.
    int threadsBefore = threadCount();
    for (int i = 0; i < 50; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        threadsBefore = std::min(threadsBefore, threadCount());
    }
    // 1 ms items: a full run of any cell would take seconds.
    for (const QString &strategy : strategyIds()) {
        if (strategy == QLatin1String("serial"))
            continue;
        RunConfig c = tinyConfig(QStringLiteral("spin"), 200, {2}, {"serial", strategy});
        c.params = {{QStringLiteral("us_per_item"), 1000.0}};
        c.reps.repetitions = 3; // a cell lasts ~0.3 s; the cancel comes 50 ms into it
        CancelToken cancel;
        std::atomic_bool inCell{false};
        Runner::Callbacks cb;
        cb.progress = [&](const Progress &p) {
            if (p.strategy == strategy)
                inCell = true;
        };
        std::jthread canceller([&] {
            while (!inCell)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancel.cancel();
        });
        const RunResult r = Runner::run(c, cancel, cb);
        SCOPED_TRACE(qPrintable(strategy));
        EXPECT_EQ(r.status, RunStatus::Canceled);
        ASSERT_EQ(r.cells.size(), 1); // the serial baseline was kept, the partial cell dropped
        EXPECT_EQ(r.cells.first().strategy, QStringLiteral("serial"));
        canceller.join();
        EXPECT_EQ(settledThreadCount(threadsBefore), threadsBefore)
            << "a worker thread outlived the run: " << qPrintable(threadNames().join(","));
    }
}

TEST(RunController, RunsOffTheCallingThreadAndCancelsOnDestruction)
{
    RunResult finished;
    Qt::HANDLE runnerThread = nullptr;
    {
        RunController controller;
        QObject::connect(
            &controller, &RunController::finished, &controller,
            [&](const RunResult &r) {
                finished = r;
                runnerThread = QThread::currentThreadId();
            },
            Qt::DirectConnection);
        QString error;
        ASSERT_TRUE(
            controller.start(tinyConfig("primes", 200, {1, 2}, {"serial", "chunked"}), &error))
            << qPrintable(error);
        EXPECT_FALSE(controller.start(tinyConfig("primes", 200, {1}, {"serial"}), &error));
        EXPECT_TRUE(error.contains("already"));
        controller.wait();
        EXPECT_FALSE(controller.isRunning());
    }
    EXPECT_EQ(finished.status, RunStatus::Complete);
    EXPECT_NE(runnerThread, QThread::currentThreadId());

    RunResult canceled;
    {
        RunController controller;
        QObject::connect(
            &controller, &RunController::finished, &controller,
            [&](const RunResult &r) { canceled = r; }, Qt::DirectConnection);
        RunConfig slow = tinyConfig("spin", 100000, {2}, {"serial", "mapped"});
        slow.params = {{QStringLiteral("us_per_item"), 100.0}};
        QString error;
        ASSERT_TRUE(controller.start(slow, &error)) << qPrintable(error);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } // destructor cancels and joins
    EXPECT_EQ(canceled.status, RunStatus::Canceled);
}

TEST(RunController, RefusesInvalidConfig)
{
    RunController controller;
    QString error;
    EXPECT_FALSE(controller.start(tinyConfig("primes", 10, {0}, {"serial"}), &error));
    EXPECT_TRUE(error.contains("at least 1"));
    EXPECT_FALSE(controller.isRunning());
}

TEST(Runner, GranularitySweepRunsChunkedOncePerChunkSize)
{
    RunConfig c = tinyConfig(QStringLiteral("fine"), 5000, {2}, {"serial", "chunked"});
    c.chunkSweep = {1, 64, 4096};
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    ASSERT_EQ(r.cells.size(), 4);
    QList<qint64> chunks;
    for (const CellResult &cell : r.cells.mid(1)) {
        EXPECT_EQ(cell.strategy, QStringLiteral("chunked"));
        EXPECT_EQ(cell.workers, 2);
        EXPECT_TRUE(cell.verified);
        chunks.append(cell.chunkSize);
    }
    EXPECT_EQ(chunks, c.chunkSweep);
    // The automatic rule: at least 8 chunks per worker caps it at 5000 / 16.
    EXPECT_GE(r.autoChunkSize, 1);
    EXPECT_LE(r.autoChunkSize, 5000 / 16);
    EXPECT_TRUE(r.fits.isEmpty()); // a sweep varies chunk size, not workers
}

TEST(CancelPiece, AboutOneMillisecondOfWorkWhenTheCostIsKnown)
{
    EXPECT_EQ(cancelPiece(10'000'000, 16.0), 62500); // 1 ms / 16 ns
    EXPECT_EQ(cancelPiece(1000, 16.0), 1000);        // never more than the range
    EXPECT_EQ(cancelPiece(1000, 1e6), 1);            // 1 ms items: check after each
    EXPECT_EQ(cancelPiece(qint64(1) << 20, 0), 256); // unknown cost: 1/4096 of the range
    EXPECT_EQ(cancelPiece(100, 0), 1);
}

TEST(Analysis, BaselineIsExactlyOneAndFitsIgnoreOversubscription)
{
    RunResult r;
    r.system.logicalCores = 2;
    const auto cell = [](const char *s, int w, qint64 ns) {
        CellResult c;
        c.strategy = QLatin1String(s);
        c.workers = w;
        c.samplesNs = {ns, ns + ns / 100, ns - ns / 100, ns + ns / 50, ns - ns / 50};
        return c;
    };
    // Perfect scaling up to the 2 cores, flat beyond: f must come out 0, not pulled up by w=4.
    r.cells = {cell("serial", 1, 1000000), cell("mapped", 1, 1000000), cell("mapped", 2, 500000),
               cell("mapped", 4, 500000)};
    const RunResult shared = r; // share the list, as a snapshot sent to the GUI does
    analyzeResult(r);
    const CellResult &base = r.cells.first();
    EXPECT_EQ(base.stats.speedup, 1.0);
    EXPECT_EQ(base.stats.speedupCiLow, 1.0);
    EXPECT_EQ(base.stats.speedupCiHigh, 1.0);
    ASSERT_EQ(r.fits.size(), 1);
    EXPECT_EQ(r.fits.first().points, 2);
    EXPECT_NEAR(r.fits.first().serialFraction, 0.0, 1e-9);
    EXPECT_NEAR(r.cells[3].stats.speedup, 2.0, 1e-9);       // still measured and shown
    EXPECT_TRUE(shared.cells.first().stats.speedup == 0.0); // the copy was not touched
}

TEST(WorkerPool, ThreadsExistBeforeTheFirstTaskAndEndWithThePool)
{
    const int before = settledThreadCount(1);
    {
        WorkerPool pool(3);
        ASSERT_TRUE(pool.isReady()) << qPrintable(pool.error());
        // Warm: the three threads were created by the constructor, not by the first run.
        EXPECT_EQ(threadCount(), before + 3);
        EXPECT_EQ(pool.pool()->maxThreadCount(), 3);
        EXPECT_EQ(pool.pool()->expiryTimeout(), -1);
    }
    EXPECT_EQ(settledThreadCount(before), before);
}

TEST(MapReduceVerification, FloatingPointSumCatchesOneMissingItem)
{
    // A million ~1.0 values: the old relative tolerance (1e-12 n) let a whole item vanish.
    QString error;
    auto data = findWorkload(QStringLiteral("fine"))->prepare(1'000'000, {}, &error);
    ASSERT_TRUE(data) << qPrintable(error);
    auto *fine = dynamic_cast<FineData *>(data.get());
    ASSERT_NE(fine, nullptr);
    fine->computeRange(0, fine->size());
    const double dropped = fine->output().back();
    fine->output().back() = 0.0; // the reference now lacks one item's contribution
    fine->keepAsReference();
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    CancelToken cancel;
    qint64 ns = 0;
    ASSERT_TRUE(fine->runMapReduce(&pool, cancel, &ns));
    const VerifyResult v = fine->verifyReduction();
    EXPECT_FALSE(v.ok) << "a difference of " << dropped << " passed";
    EXPECT_TRUE(v.message.contains("reduction")) << qPrintable(v.message);

    // The honest reference passes: only rounding differs between summation orders.
    fine->computeRange(0, fine->size());
    fine->keepAsReference();
    ASSERT_TRUE(fine->runMapReduce(&pool, cancel, &ns));
    EXPECT_TRUE(fine->verifyReduction().ok) << qPrintable(fine->verifyReduction().message);
}
