// Size sweeps: one full experiment per size in one result.
#include "core/run/cellplan.h"
#include "core/run/runner.h"
#include "core/run/strategy.h"
#include "core/run/validation.h"
#include "core/stats/statistics.h"
#include "runfixtures.h"

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::test;

TEST(SizeSweep, ThePlanHasOneFullSetPerSizeBaselineFirst)
{
    RunConfig c = tinyConfig(QStringLiteral("fine"), 0, {1, 2}, {"serial", "mapped", "chunked"});
    setMeasuredSizes(c, {100, 1000, 10000});
    const QList<CellPlan> plan = planCells(c);
    ASSERT_EQ(plan.size(), 15);
    for (int s = 0; s < 3; ++s) {
        EXPECT_EQ(plan[s * 5].strategy->id(), QStringLiteral("serial"));
        for (int i = 0; i < 5; ++i)
            EXPECT_EQ(plan[s * 5 + i].size, c.sizes[s]);
    }
}

TEST(SizeSweep, EverySizeIsMeasuredAgainstItsOwnBaseline)
{
    for (RepetitionOrder order : {RepetitionOrder::Sequential, RepetitionOrder::Interleaved}) {
        RunConfig c = tinyConfig(QStringLiteral("primes"), 0, {1, 2}, {"serial", "chunked"});
        setMeasuredSizes(c, {50, 200, 800});
        c.order = order;
        c.reps.repetitions = 3;
        CancelToken cancel;
        const RunResult r = Runner::run(c, cancel);
        ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
        ASSERT_EQ(r.cells.size(), 9);
        EXPECT_EQ(r.sizes(), c.sizes);
        for (qint64 size : c.sizes) {
            const CellResult *base = r.baseline(size);
            const CellResult *two = r.cell(QStringLiteral("chunked"), 2, size);
            ASSERT_NE(base, nullptr);
            ASSERT_NE(two, nullptr);
            EXPECT_TRUE(two->verified);
            EXPECT_DOUBLE_EQ(two->stats.speedup, base->stats.medianNs / two->stats.medianNs);
        }
        EXPECT_EQ(r.breakEvens.size(), 2); // chunked × 1 and × 2
        EXPECT_EQ(r.costModels.size(), 3); // serial, chunked × 1, chunked × 2
        EXPECT_EQ(r.inputBytes, 800 * 4);  // the largest size's input
    }
}

TEST(SizeSweep, ValidationChecksEverySize)
{
    RunConfig c = tinyConfig(QStringLiteral("fine"), 0, {1, 2}, {"serial", "mapped"});
    c.sizes = {1000, 100};
    c.size = 100;
    EXPECT_EQ(validateConfig(c),
              QStringLiteral("size sweep: sizes must increase, got 100 after 1000"));
    c.sizes = {100, 1000};
    EXPECT_TRUE(validateConfig(c).contains(QStringLiteral("must be the largest size")));
    c.size = 1000;
    EXPECT_EQ(validateConfig(c), QString());
    c.chunkSweep = {16, 64};
    EXPECT_TRUE(validateConfig(c).contains(QStringLiteral("cannot be combined")));
    c.chunkSweep.clear();
    // The memory check is about the largest size: one size's input at a time.
    setMeasuredSizes(c, {1000, qint64(1) << 40});
    const QString tooLarge = validateConfig(c);
    EXPECT_TRUE(tooLarge.startsWith(QStringLiteral("size 1099511627776 needs about")))
        << qPrintable(tooLarge);
    c.seed = quint64(1) << 53;
    c.sizes.clear();
    c.size = 1000;
    EXPECT_TRUE(validateConfig(c).startsWith(QStringLiteral("seed ")));
}

TEST(SizeSweep, MemoryEstimateUsesTheLargestSize)
{
    RunConfig one = tinyConfig(QStringLiteral("fine"), 1'000'000, {1}, {"serial"});
    RunConfig sweep = one;
    setMeasuredSizes(sweep, {1000, 10000, 1'000'000});
    EXPECT_EQ(estimateMemoryBytes(sweep), estimateMemoryBytes(one));
}
