// Google Benchmark JSON in: real 1.7.1 output (tests/data/gbench) and hand-made edge cases.
#include "core/io/gbenchimport.h"
#include "core/io/resultfiles.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pb;
using namespace Qt::Literals::StringLiterals;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PARABENCH_TEST_DATA_DIR "/gbench/") + QLatin1String(name);
}

LoadedResult load(const char *name, ThreadScaling scaling = ThreadScaling::Split)
{
    QString error;
    const auto r = loadResultFile(dataFile(name), scaling, &error);
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

bool hasWarning(const RunResult &r, const QString &code)
{
    for (const Warning &w : r.warnings)
        if (w.code == code)
            return true;
    return false;
}

std::optional<GbenchImport> importText(const QByteArray &json, ThreadScaling s, QString *error)
{
    const auto file = parseGbench(QJsonDocument::fromJson(json).object(), error);
    if (!file)
        return std::nullopt;
    return importGbench(*file, s);
}

} // namespace

TEST(GbenchImport, ThreadSweepWithRepetitionsFromRealOutput)
{
    const LoadedResult l = load("reps5.json");
    EXPECT_EQ(l.format, ResultFileFormat::GoogleBenchmark);
    EXPECT_TRUE(l.hasThreadSweep);
    EXPECT_FALSE(l.scalingMatters); // items_per_second everywhere
    const RunResult &r = l.result;
    EXPECT_EQ(r.system.hostname, u"vm"_s);
    EXPECT_EQ(r.system.logicalCores, 2);
    EXPECT_EQ(r.config.workers, (QList<int>{1, 2, 4}));
    const QString fixed = u"BM_FixedTotal/30000/real_time"_s;
    const CellResult *two = cell(r, fixed, 2);
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->samplesNs.size(), 5);
    // Job time = real_time × threads (Google Benchmark divides by the threads).
    EXPECT_NEAR(two->stats.medianNs, 803268.6106604247, 1.0);
    EXPECT_NEAR(two->stats.speedup, 1.1276386165104968, 1e-9); // items_per_second ratio
    EXPECT_NEAR(two->stats.efficiency, 1.1276386165104968 / 2, 1e-9);
    EXPECT_LT(two->stats.speedupCiLow, two->stats.speedup);
    EXPECT_GT(two->stats.speedupCiHigh, two->stats.speedup);
    EXPECT_NEAR(cell(r, fixed, 4)->stats.speedup, 1.2033131438934754, 1e-9);
    // Per-thread work: the counters give the throughput speedup.
    EXPECT_NEAR(cell(r, u"BM_PerThread/10000/real_time"_s, 2)->stats.speedup, 1.0882039368117749,
                1e-9);
    EXPECT_TRUE(hasWarning(r, u"gbench-speedup"_s));
    EXPECT_TRUE(hasWarning(r, u"gbench-errors"_s));
    EXPECT_TRUE(hasWarning(r, u"gbench-library-debug"_s));
    // 1, 2 and 4 threads on 2 cores: two points up to the cores, too few for an Amdahl fit (the
    // rule a ParaBench run follows); the fit says so instead of giving a number.
    const auto fit = std::find_if(r.fits.cbegin(), r.fits.cend(),
                                  [&](const AmdahlFit &f) { return f.strategy == fixed; });
    ASSERT_NE(fit, r.fits.cend());
    EXPECT_FALSE(fit->fitted);
    EXPECT_EQ(fit->points, 2);
}

TEST(GbenchImport, ErroredBenchmarksBecomeFailedCells)
{
    const RunResult r = load("reps5.json").result;
    const CellResult *err = cell(r, u"BM_Error"_s, 1);
    ASSERT_NE(err, nullptr);
    EXPECT_EQ(err->errorKind, CellErrorKind::Kernel);
    EXPECT_TRUE(err->error.contains(u"simulated failure"_s)) << qPrintable(err->error);
    EXPECT_TRUE(err->samplesNs.isEmpty());
    const CellResult *thread = cell(r, u"BM_ErrorThread/real_time"_s, 2);
    ASSERT_NE(thread, nullptr);
    EXPECT_TRUE(thread->error.contains(u"thread 1 failed"_s));
}

TEST(GbenchImport, InterleavedRunsGiveTheSameCells)
{
    const RunResult a = load("reps5.json").result;
    const RunResult b = load("reps5_interleaved.json").result;
    ASSERT_EQ(a.cells.size(), b.cells.size());
    for (qsizetype i = 0; i < a.cells.size(); ++i) {
        EXPECT_EQ(a.cells[i].strategy, b.cells[i].strategy);
        EXPECT_EQ(a.cells[i].workers, b.cells[i].workers);
        EXPECT_EQ(a.cells[i].samplesNs.size(), b.cells[i].samplesNs.size());
    }
}

TEST(GbenchImport, AggregatesOnlyIsOneValueWithANote)
{
    const LoadedResult l = load("reps5_aggonly.json");
    EXPECT_TRUE(l.aggregatesOnly);
    EXPECT_TRUE(hasWarning(l.result, u"gbench-aggregates-only"_s));
    const CellResult *one = cell(l.result, u"BM_FixedTotal/30000/real_time"_s, 1);
    ASSERT_NE(one, nullptr);
    ASSERT_EQ(one->samplesNs.size(), 1);
    EXPECT_EQ(one->samplesNs[0], 986089);                   // the median aggregate, rounded to ns
    EXPECT_EQ(one->stats.speedupCiLow, one->stats.speedup); // no CI from one value
}

TEST(GbenchImport, SingleRunSaysSo)
{
    const LoadedResult l = load("single.json");
    EXPECT_FALSE(l.aggregatesOnly);
    EXPECT_TRUE(hasWarning(l.result, u"gbench-single-run"_s));
}

namespace {

// A thread sweep without counters, 4 repetitions: 1 thread 1000 ns, 2 threads real_time 600
// ns (job time 1200 ns per iteration).
QByteArray sweepWithoutCounters()
{
    QByteArray entries;
    for (int threads : {1, 2})
        for (int rep = 0; rep < 4; ++rep) {
            const double rt = (threads == 1 ? 1000.0 : 600.0) + rep;
            entries += QStringLiteral(R"({"name": "BM_X/threads:%1", "run_name": "BM_X/threads:%1",
                "run_type": "iteration", "family_index": 0, "per_family_instance_index": %2,
                "repetition_index": %3, "repetitions": 4, "threads": %1, "iterations": 10,
                "real_time": %4, "cpu_time": %4, "time_unit": "ns"},)")
                           .arg(threads)
                           .arg(threads - 1)
                           .arg(rep)
                           .arg(rt)
                           .toUtf8();
        }
    entries.chop(1);
    return "{\"context\": {\"host_name\": \"h\"}, \"benchmarks\": [" + entries + "]}";
}

} // namespace

TEST(GbenchImport, SplitOrPerThreadWhenThereAreNoCounters)
{
    QString error;
    const auto split = importText(sweepWithoutCounters(), ThreadScaling::Split, &error);
    ASSERT_TRUE(split) << qPrintable(error);
    EXPECT_TRUE(split->scalingMatters);
    const CellResult *s2 = cell(split->result, u"BM_X"_s, 2);
    ASSERT_NE(s2, nullptr);
    // median real_time(1) = 1001.5, job time(2) = 2 × 601.5 = 1203
    EXPECT_NEAR(s2->stats.speedup, 1001.5 / 1203.0, 1e-3);
    const auto per = importText(sweepWithoutCounters(), ThreadScaling::PerThread, &error);
    ASSERT_TRUE(per);
    EXPECT_NEAR(cell(per->result, u"BM_X"_s, 2)->stats.speedup, 1001.5 / 601.5, 1e-3);
    bool said = false;
    for (const Warning &w : per->result.warnings)
        said = said || (w.code == u"gbench-speedup"_s && w.message.contains(u"work per thread"_s));
    EXPECT_TRUE(said); // the output says which reading it used
}

TEST(GbenchImport, MixedTimeUnitsAreConverted)
{
    const QByteArray json = R"({"benchmarks": [
        {"name": "A", "run_type": "iteration", "real_time": 2.5, "cpu_time": 2.5,
         "time_unit": "ms"},
        {"name": "B", "run_type": "iteration", "real_time": 2500, "cpu_time": 2500,
         "time_unit": "us"}]})";
    QString error;
    const auto r = importText(json, ThreadScaling::Split, &error);
    ASSERT_TRUE(r) << qPrintable(error);
    EXPECT_EQ(cell(r->result, u"A"_s, 1)->samplesNs, QList<qint64>{2500000});
    EXPECT_EQ(cell(r->result, u"B"_s, 1)->samplesNs, QList<qint64>{2500000});
    EXPECT_TRUE(hasWarning(r->result, u"gbench-time-units"_s));
}

TEST(GbenchImport, RefusesDamagedFilesWithSpecificMessages)
{
    const QList<QPair<QByteArray, QString>> cases{
        {R"({"benchmarks": [{"name": "A", "real_time": -1, "cpu_time": 1, "time_unit": "ns"}]})",
         u"benchmarks[0].real_time: -1 is not a valid time (\"A\")"_s},
        {R"({"benchmarks": [{"name": "A", "real_time": 1, "cpu_time": 1, "time_unit": "ps"}]})",
         u"benchmarks[0].time_unit: unknown time unit \"ps\""_s},
        {R"({"benchmarks": [{"name": "A", "real_time": 1, "time_unit": "ns"}]})",
         u"benchmarks[0].cpu_time: required field is missing"_s},
        {R"({"context": {"json_schema_version": 2}, "benchmarks": []})",
         u"context.json_schema_version: the number 2 is not supported"_s},
        {R"({"benchmarks": [{"real_time": 1, "cpu_time": 1, "time_unit": "ns"}]})",
         u"benchmarks[0].name: required field is missing"_s},
    };
    for (const auto &[json, expected] : cases) {
        QString error;
        EXPECT_FALSE(importText(json, ThreadScaling::Split, &error)) << json.constData();
        EXPECT_TRUE(error.startsWith(expected)) << qPrintable(error);
    }
}

TEST(GbenchImport, NanIsExplained)
{
    const QByteArray bytes = R"({"benchmarks": [{"name": "A", "real_time": NaN}]})";
    QJsonParseError e;
    QJsonDocument::fromJson(bytes, &e);
    ASSERT_NE(e.error, QJsonParseError::NoError);
    const QString message = gbenchNanMessage(bytes, e.offset);
    EXPECT_TRUE(message.startsWith(u"contains NaN"_s)) << qPrintable(message);
    EXPECT_TRUE(gbenchNanMessage(R"({"a": tru})", 9).isEmpty());
}
