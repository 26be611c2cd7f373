// Runner: end-to-end runs over the real registry, verification, cancel, sweeps.
#include "core/run/registry.h"
#include "core/run/runner.h"
#include "runfixtures.h"

#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace pb;
using pb::test::settledThreadCount;
using pb::test::threadCount;
using pb::test::threadNames;
using pb::test::tinyConfig;

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
                EXPECT_TRUE(cell.error.isEmpty())
                    << qPrintable(cell.strategy + QStringLiteral(": ") + cell.error);
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
    c.order = RepetitionOrder::Sequential; // one cellFinished per cell
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
    const CellResult *base = r.baseline(r.config.size);
    ASSERT_NE(base, nullptr);
    EXPECT_EQ(base->warmupNs.size(), 1);
    EXPECT_DOUBLE_EQ(base->stats.speedup, 1.0);
    const CellResult *m2 = r.cell(QStringLiteral("mapped"), 2, r.config.size);
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
    EXPECT_TRUE(r.error.contains(QStringLiteral("size"))) << qPrintable(r.error);
    EXPECT_TRUE(r.cells.isEmpty());
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
        RunConfig c =
            tinyConfig(QStringLiteral("spin"), 200, {2}, {QStringLiteral("serial"), strategy});
        c.params = {{QStringLiteral("us_per_item"), 1000.0}};
        c.reps.repetitions = 3; // a cell lasts ~0.3 s; the cancel comes 50 ms into it
        c.order = RepetitionOrder::Sequential; // the baseline is complete before the cell starts
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
            << "a worker thread outlived the run: "
            << qPrintable(threadNames().join(QStringLiteral(",")));
    }
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
