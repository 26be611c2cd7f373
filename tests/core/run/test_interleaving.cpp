// Interleaved repetitions: seeded order, adaptive drop-out, live snapshots, cancel.
#include "core/run/adaptive.h"
#include "core/run/interleave.h"
#include "core/run/runner.h"
#include "runfixtures.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace pb;
using namespace pb::test;

TEST(Interleave, RoundsArePermutationsReproducibleFromTheSeed)
{
    const QList<qsizetype> cells{0, 1, 2, 3, 4, 5, 6, 7};
    std::mt19937_64 a(42), b(42), c(43);
    QList<QList<qsizetype>> fromA, fromB, fromC;
    for (int round = 0; round < 5; ++round) {
        QList<qsizetype> x = cells, y = cells, z = cells;
        shuffleRound(x, a);
        shuffleRound(y, b);
        shuffleRound(z, c);
        QList<qsizetype> sorted = x;
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(sorted, cells); // every cell once per round
        fromA << x;
        fromB << y;
        fromC << z;
    }
    EXPECT_EQ(fromA, fromB);
    EXPECT_NE(fromA, fromC);
    // The same numbers everywhere: pinned, so a change of algorithm cannot go unnoticed.
    std::mt19937_64 pinned(1);
    QList<qsizetype> order{0, 1, 2, 3};
    shuffleRound(order, pinned);
    EXPECT_EQ(order, (QList<qsizetype>{1, 2, 3, 0}));
}

TEST(Interleave, UniformBelowIsInRangeAndUnbiased)
{
    std::mt19937_64 rng(7);
    QList<int> counts(3, 0);
    for (int i = 0; i < 30000; ++i) {
        const quint64 v = uniformBelow(rng, 3);
        ASSERT_LT(v, 3u);
        ++counts[int(v)];
    }
    for (int n : counts)
        EXPECT_NEAR(n, 10000, 400);
    EXPECT_EQ(uniformBelow(rng, 1), 0u);
}

TEST(Interleave, EveryCellGetsItsRepetitionsAndTheSeedIsRecorded)
{
    RunConfig c = tinyConfig(QStringLiteral("primes"), 300, {1, 2},
                             {"serial", "mapped", "chunked", "inplace"});
    c.order = RepetitionOrder::Interleaved;
    c.reps.repetitions = 4;
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    EXPECT_EQ(r.cells.size(), 7);
    for (const CellResult &cell : r.cells) {
        EXPECT_EQ(cell.samplesNs.size(), 4) << qPrintable(cell.strategy);
        EXPECT_EQ(cell.cpuNs.size(), 4);
        EXPECT_TRUE(cell.error.isEmpty()) << qPrintable(cell.error);
    }
    // The serial run that keeps the reference output counts as its warm-up.
    EXPECT_EQ(r.cells.first().warmupNs.size(), 1);
    EXPECT_GT(r.config.seed, 0u);
    EXPECT_LT(r.config.seed, quint64(1) << 53);
    c.seed = 12345;
    EXPECT_EQ(Runner::run(c, cancel).config.seed, 12345u);
    c.order = RepetitionOrder::Sequential;
    c.seed = 0;
    EXPECT_EQ(Runner::run(c, cancel).config.seed, 0u); // no order to reproduce
}

TEST(Interleave, WarmUpBeforeEachRepetitionOnRequest)
{
    RunConfig c = tinyConfig(QStringLiteral("fine"), 1000, {2}, {"serial", "chunked"});
    c.order = RepetitionOrder::Interleaved;
    c.warmupRuns = 1;
    c.reps.repetitions = 3;
    c.warmupEachRep = true;
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    for (const CellResult &cell : r.cells) {
        EXPECT_EQ(cell.samplesNs.size(), 3);
        EXPECT_EQ(cell.warmupNs.size(), 1 + 3) << qPrintable(cell.strategy);
    }
    EXPECT_TRUE(r.config.warmupEachRep);
}

TEST(Interleave, AdaptiveCellsDropOutWhenTheyAreDone)
{
    RunConfig c = tinyConfig(QStringLiteral("spin"), 200, {1, 2}, {"serial", "chunked"});
    c.order = RepetitionOrder::Interleaved;
    c.reps.adaptive = true;
    c.reps.repetitions = 6;
    c.reps.maxRepetitions = 12;
    c.reps.targetRelCi = 0.5; // wide: most cells stop at the minimum
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    for (const CellResult &cell : r.cells) {
        EXPECT_GE(cell.samplesNs.size(), 6);
        EXPECT_LE(cell.samplesNs.size(), 12);
        // It stopped at the first repetition that satisfied the rule, not later.
        EXPECT_NE(nextStep(c.reps, cell.samplesNs, 0), StopReason::NeedMore);
        EXPECT_EQ(nextStep(c.reps, cell.samplesNs.mid(0, cell.samplesNs.size() - 1), 0),
                  StopReason::NeedMore);
    }
}

TEST(Interleave, SnapshotsCarryEveryCellWhileTheRoundsGoOn)
{
    RunConfig c = tinyConfig(QStringLiteral("spin"), 100, {1, 2}, {"serial", "mapped"});
    c.params = {{QStringLiteral("us_per_item"), 1000.0}}; // ~0.1 s per run: several snapshots
    c.order = RepetitionOrder::Interleaved;
    c.reps.repetitions = 4;
    QList<qsizetype> sampleCounts;
    Runner::Callbacks cb;
    cb.cellFinished = [&](const RunResult &partial) {
        EXPECT_EQ(partial.cells.size(), 3); // all of the size's cells, unfinished included
        qsizetype n = 0;
        for (const CellResult &cell : partial.cells)
            n += cell.samplesNs.size();
        sampleCounts << n;
    };
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel, cb);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    ASSERT_GE(sampleCounts.size(), 2);
    EXPECT_LT(sampleCounts.first(), 12); // a snapshot before the end
    EXPECT_EQ(sampleCounts.last(), 12);
}

TEST(Interleave, CancelKeepsTheCellsWithSamplesAndEndsPromptly)
{
    RunConfig c = tinyConfig(QStringLiteral("spin"), 200, {2}, {"serial", "chunked", "inplace"});
    c.params = {{QStringLiteral("us_per_item"), 1000.0}}; // 0.2 s per serial run
    c.order = RepetitionOrder::Interleaved;
    c.reps.repetitions = 50;
    CancelToken cancel;
    std::atomic_int rounds{0};
    Runner::Callbacks cb;
    cb.cellFinished = [&](const RunResult &) { ++rounds; };
    QElapsedTimer sinceCancel;
    std::jthread canceller([&] {
        while (rounds < 1)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        sinceCancel.start();
        cancel.cancel();
    });
    const RunResult r = Runner::run(c, cancel, cb);
    canceller.join(); // returns right after the cancel: the timer is safe to read
    const qint64 tookMs = sinceCancel.elapsed();
    EXPECT_EQ(r.status, RunStatus::Canceled);
    // Range strategies look at the flag every ~1 ms of work; the rest is joining the pools.
    EXPECT_LT(tookMs, 1000);
    ASSERT_EQ(r.cells.size(), 3);
    for (const CellResult &cell : r.cells) {
        EXPECT_GE(cell.samplesNs.size(), 1);
        EXPECT_LT(cell.samplesNs.size(), 50);
        EXPECT_GT(cell.stats.n, 0);
    }
}
