// ParaBench reads what the real Google Benchmark (Debian 12's 1.7.1) writes: the output of
// gbench_sample.cpp, produced by the Gbench.Sample.* tests (fixture gbench_sample_output).
#include "core/io/resultfiles.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <cmath>

using namespace pb;
using namespace Qt::Literals::StringLiterals;

namespace {

QString output(const char *name)
{
    return QStringLiteral(PARABENCH_GBENCH_OUT "/") + QLatin1String(name);
}

LoadedResult load(const char *name, ThreadScaling scaling)
{
    QString error;
    const auto r = loadResultFile(output(name), scaling, &error);
    EXPECT_TRUE(r.has_value()) << qPrintable(error);
    return r.value_or(LoadedResult{});
}

const CellResult *cell(const RunResult &r, const QString &family, int threads)
{
    for (const CellResult &c : r.cells)
        if (c.strategy == family && c.workers == threads)
            return &c;
    return nullptr;
}

const QString kSplit = u"BM_SplitTotal/20000/real_time"_s;
const QString kCounted = u"BM_SplitCounted/20000/real_time"_s;
const QString kPerThread = u"BM_PerThread/5000/real_time"_s;

} // namespace

TEST(GbenchReal, ThreadRangeBecomesAThreadSweep)
{
    const LoadedResult l = load("reps.json", ThreadScaling::Split);
    EXPECT_EQ(l.format, ResultFileFormat::GoogleBenchmark);
    EXPECT_TRUE(l.hasThreadSweep);
    EXPECT_TRUE(l.scalingMatters); // BM_SplitTotal and BM_PerThread have no counters
    EXPECT_EQ(l.result.config.workers, (QList<int>{1, 2, 4}));
    for (int threads : {1, 2, 4}) {
        const CellResult *c = cell(l.result, kSplit, threads);
        ASSERT_NE(c, nullptr) << threads;
        EXPECT_EQ(c->samplesNs.size(), 5);
        EXPECT_TRUE(c->error.isEmpty());
        EXPECT_GT(c->stats.speedup, 0);
        if (threads > 1) {
            EXPECT_LT(c->stats.speedupCiLow, c->stats.speedupCiHigh); // a CI from repetitions
            EXPECT_NEAR(c->stats.efficiency, c->stats.speedup / threads, 1e-12);
        }
    }
}

TEST(GbenchReal, SplitReadingAgreesWithGoogleBenchmarksOwnCounter)
{
    // items_per_second is Google Benchmark's own throughput; for a fixed total split across the
    // threads, time(1) / (N × real_time(N)) must give the same speedup. Five repetitions: the
    // median of the rates is the rate of the median time.
    const RunResult r = load("reps.json", ThreadScaling::Split).result;
    for (int threads : {2, 4}) {
        const CellResult *counted = cell(r, kCounted, threads);
        const CellResult *one = cell(r, kCounted, 1);
        ASSERT_TRUE(counted && one);
        const double fromTimes = one->stats.medianNs / counted->stats.medianNs;
        EXPECT_NEAR(counted->stats.speedup / fromTimes, 1.0, 1e-5) << threads;
    }
}

TEST(GbenchReal, PerThreadReadingScalesByTheThreads)
{
    const RunResult split = load("reps.json", ThreadScaling::Split).result;
    const RunResult per = load("reps.json", ThreadScaling::PerThread).result;
    const double s = cell(split, kPerThread, 2)->stats.speedup;
    const double p = cell(per, kPerThread, 2)->stats.speedup;
    EXPECT_NEAR(p / s, 2.0, 1e-9);
    // With counters the choice does not matter.
    EXPECT_DOUBLE_EQ(cell(split, kCounted, 2)->stats.speedup,
                     cell(per, kCounted, 2)->stats.speedup);
    bool said = false;
    for (const Warning &w : per.warnings)
        said = said || (w.code == u"gbench-speedup"_s && w.message.startsWith(kPerThread) &&
                        w.message.contains(u"work per thread"_s));
    EXPECT_TRUE(said);
}

TEST(GbenchReal, SkipWithErrorIsAFailedCell)
{
    const RunResult r = load("reps.json", ThreadScaling::Split).result;
    const CellResult *failed = cell(r, u"BM_Fails"_s, 1);
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->error.contains(u"simulated failure"_s)) << qPrintable(failed->error);
}

TEST(GbenchReal, WithoutRepetitionsAndAggregatesOnly)
{
    const LoadedResult single = load("single.json", ThreadScaling::Split);
    EXPECT_EQ(cell(single.result, kSplit, 2)->samplesNs.size(), 1);
    const LoadedResult agg = load("aggonly.json", ThreadScaling::Split);
    EXPECT_TRUE(agg.aggregatesOnly);
    const CellResult *c = cell(agg.result, kSplit, 2);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->samplesNs.size(), 1);
    EXPECT_EQ(c->stats.speedupCiLow, c->stats.speedupCiHigh); // no CI without repetitions
}

TEST(GbenchReal, CliComparesAndReportsRealOutput)
{
    QProcess p;
    p.start(QStringLiteral(PARABENCH_CLI_PATH),
            {u"compare"_s, output("reps.json"), output("single.json")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_EQ(p.exitCode(), 0) << qPrintable(QString::fromUtf8(p.readAllStandardError()));
    EXPECT_TRUE(out.contains(u"too few samples (n=5 vs 1): cannot reach significance"_s))
        << qPrintable(out);
    EXPECT_TRUE(out.contains(u"BM_Fails @1"_s));
    QProcess report;
    report.start(QStringLiteral(PARABENCH_CLI_PATH),
                 {u"report"_s, u"--scaling"_s, u"per-thread"_s, output("reps.json")});
    ASSERT_TRUE(report.waitForFinished(60000));
    EXPECT_EQ(report.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(report.readAllStandardOutput())
                    .contains(u"speedup as work per thread"_s));
}
