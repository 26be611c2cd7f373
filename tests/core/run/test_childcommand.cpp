// The command line ProcessRunController gives parabench-cli runs the same experiment.
#include "core/cli/clioptions.h"
#include "core/run/childcommand.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pb;

namespace {

RunConfig parsedBack(const RunConfig &c)
{
    QString error, help;
    bool version = false;
    const QStringList args = QStringList{QStringLiteral("parabench-cli")} + childArguments(c, {});
    const auto opts = parseCli(args, &error, &help, &version);
    EXPECT_TRUE(opts.has_value()) << qPrintable(error) << "\n"
                                  << qPrintable(args.join(QLatin1Char(' ')));
    EXPECT_TRUE(opts && opts->stream);
    return opts ? opts->config : RunConfig{};
}

} // namespace

TEST(ChildCommand, EveryFieldOfTheConfigSurvivesTheCommandLine)
{
    RunConfig c;
    c.workload = QStringLiteral("spin");
    c.size = 12345;
    c.workers = {1, 3, 2};
    c.strategies = {QStringLiteral("serial"), QStringLiteral("chunked"), QStringLiteral("inplace")};
    c.warmupRuns = 2;
    c.warmupSec = 0.25;
    c.reps.repetitions = 4;
    c.reps.adaptive = true;
    c.reps.targetRelCi = 0.035;
    c.reps.maxRepetitions = 17;
    c.reps.timeBudgetSec = 2.5;
    c.chunkSize = 96;
    c.params = {{QStringLiteral("us_per_item"), 0.3}};
    c.verify = false;
    const RunConfig back = parsedBack(c);
    EXPECT_EQ(back.workload, c.workload);
    EXPECT_EQ(back.size, c.size);
    EXPECT_EQ(back.workers, c.workers);
    EXPECT_EQ(back.strategies, c.strategies);
    EXPECT_EQ(back.warmupRuns, c.warmupRuns);
    EXPECT_DOUBLE_EQ(back.warmupSec, c.warmupSec);
    EXPECT_EQ(back.reps.repetitions, c.reps.repetitions);
    EXPECT_TRUE(back.reps.adaptive);
    EXPECT_NEAR(back.reps.targetRelCi, c.reps.targetRelCi, 1e-15);
    EXPECT_EQ(back.reps.maxRepetitions, c.reps.maxRepetitions);
    EXPECT_DOUBLE_EQ(back.reps.timeBudgetSec, c.reps.timeBudgetSec);
    EXPECT_EQ(back.chunkSize, c.chunkSize);
    EXPECT_EQ(back.params.value(QStringLiteral("us_per_item")).toDouble(), 0.3);
    EXPECT_FALSE(back.verify);
    EXPECT_EQ(back.order, c.order);
}

TEST(ChildCommand, SizeSweepAndOrderSurviveTheCommandLine)
{
    RunConfig c;
    c.workload = QStringLiteral("fine");
    setMeasuredSizes(c, {100, 1000, 100000});
    c.workers = {1, 2};
    c.order = RepetitionOrder::Interleaved;
    c.seed = 987654321;
    c.warmupEachRep = true;
    RunConfig back = parsedBack(c);
    EXPECT_EQ(back.sizes, c.sizes);
    EXPECT_EQ(back.size, 100000);
    EXPECT_EQ(back.seed, c.seed);
    EXPECT_TRUE(back.warmupEachRep);
    c.order = RepetitionOrder::Sequential; // seed and warm-up-each belong to the other order
    back = parsedBack(c);
    EXPECT_EQ(back.order, RepetitionOrder::Sequential);
    EXPECT_FALSE(back.warmupEachRep);
}

TEST(ChildCommand, ASweepAndDefaultsSurvive)
{
    RunConfig c;
    c.workload = QStringLiteral("fine");
    c.size = 4096;
    c.workers = {2};
    c.strategies = {QStringLiteral("serial"), QStringLiteral("chunked")};
    c.chunkSweep = {1, 16, 256};
    c.warmupRuns = 0;
    const RunConfig back = parsedBack(c);
    EXPECT_EQ(back.chunkSweep, c.chunkSweep);
    EXPECT_EQ(back.strategies, c.strategies);
    EXPECT_EQ(back.warmupRuns, 0);
    EXPECT_FALSE(back.reps.adaptive);
    EXPECT_TRUE(back.verify);
}

TEST(ChildCommand, PluginsAreNamedAndNothingElseIsScanned)
{
    RunConfig c;
    const QStringList args = childArguments(c, {QStringLiteral("/p/a.so")});
    EXPECT_EQ(args.mid(0, 4),
              (QStringList{QStringLiteral("--stream"), QStringLiteral("--no-plugin-scan"),
                           QStringLiteral("--plugin"), QStringLiteral("/p/a.so")}));
    EXPECT_EQ(paramArgument(QVariant(true)), QStringLiteral("true"));
    EXPECT_EQ(paramArgument(QVariant(qint64(7))), QStringLiteral("7"));
    EXPECT_EQ(paramArgument(QVariant(0.1)), QStringLiteral("0.10000000000000001"));
    EXPECT_EQ(paramArgument(QVariant(QStringLiteral("simpson"))), QStringLiteral("simpson"));
}
