// validateConfig: one specific message per mistake, before anything is allocated.
#include "core/run/registry.h"
#include "core/run/validation.h"
#include "runfixtures.h"

#include <gtest/gtest.h>

#include <climits>

using namespace pb;
using pb::test::tinyConfig;

TEST(Validation, SpecificMessages)
{
    const auto check = [](auto mutate, const char *needle) {
        RunConfig c = tinyConfig(QStringLiteral("primes"), 100, {1, 2}, {"serial", "mapped"});
        mutate(c);
        const QString e = validateConfig(c);
        EXPECT_TRUE(e.contains(QLatin1String(needle), Qt::CaseInsensitive))
            << needle << " not in: " << qPrintable(e);
    };
    EXPECT_EQ(
        validateConfig(tinyConfig(QStringLiteral("primes"), 100, {1, 2}, {"serial", "mapped"})),
        QString());
    check([](RunConfig &c) { c.workload = QStringLiteral("nope"); }, "valid: primes");
    check([](RunConfig &c) { c.size = -3; }, "at least 1");
    check([](RunConfig &c) { c.size = qint64(1) << 50; }, "too large");
    check([](RunConfig &c) { c.size = qint64(1) << 36; }, "memory");
    check([](RunConfig &c) { c.workers = {}; }, "no worker");
    check([](RunConfig &c) { c.workers = {0}; }, "at least 1");
    check([](RunConfig &c) { c.workers = {-2}; }, "at least 1");
    check([](RunConfig &c) { c.workers = {100000}; }, "too large");
    check([](RunConfig &c) { c.workers = {2, 2}; }, "twice");
    check(
        [](RunConfig &c) {
            c.strategies = {QStringLiteral("serial"), QStringLiteral("fast")};
        },
        "unknown strategy \"fast\"");
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
            c.workload = QStringLiteral("spin");
            c.params = {{QStringLiteral("us_per_item"), -1.0}};
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
        EXPECT_FALSE(findStrategy(QLatin1String(id))->supportsSize(tooMany, &why)) << id;
        EXPECT_TRUE(why.contains(QStringLiteral("chunked"))) << qPrintable(why);
        EXPECT_TRUE(findStrategy(QLatin1String(id))->supportsSize(kMaxQtConcurrentItems, &why))
            << id;
    }
    for (const char *id : {"serial", "chunked", "threads"})
        EXPECT_TRUE(findStrategy(QLatin1String(id))->supportsSize(tooMany, nullptr)) << id;
}

TEST(Validation, SweepSizesAreDistinctAndBounded)
{
    RunConfig c = tinyConfig(QStringLiteral("fine"), 1000, {1}, {"serial", "chunked"});
    c.chunkSweep = {64, 64};
    EXPECT_EQ(validateConfig(c), QStringLiteral("sweep chunk size 64 is listed twice"));
    c.chunkSweep.clear();
    for (qint64 k = 1; k <= kMaxSweepSizes + 1; ++k)
        c.chunkSweep.append(k);
    EXPECT_TRUE(validateConfig(c).startsWith(QStringLiteral("a sweep of 10001 chunk sizes is too "
                                                            "many: at most 10000")))
        << qPrintable(validateConfig(c));
    c.chunkSweep.removeLast();
    EXPECT_EQ(validateConfig(c), QString());
}

TEST(Validation, AdaptiveRanges)
{
    const auto withReps = [](double ci, int maxReps, double budget) {
        RunConfig c = tinyConfig(QStringLiteral("primes"), 100, {1}, {"serial"});
        c.reps.adaptive = true;
        c.reps.targetRelCi = ci;
        c.reps.maxRepetitions = maxReps;
        c.reps.timeBudgetSec = budget;
        return validateConfig(c);
    };
    EXPECT_EQ(withReps(0.02, 50, 10), QString());
    EXPECT_TRUE(withReps(0, 50, 10).contains(QStringLiteral("between 0 and 100 %")));
    EXPECT_TRUE(withReps(2.0, 50, 10).contains(QStringLiteral("got 200 %")));
    EXPECT_TRUE(withReps(0.02, 0, 10).contains(QStringLiteral("below the minimum")));
    EXPECT_TRUE(withReps(0.02, 50, 0).contains(QStringLiteral("more than 0 and at most 86400")));
    EXPECT_TRUE(withReps(0.02, 50, 1e9).contains(QStringLiteral("at most 86400")));
}
