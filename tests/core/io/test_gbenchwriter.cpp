// Google Benchmark JSON out: every field Google Benchmark's tools/compare.py (1.7.1 and newer)
// reads, in the shapes it expects, and a lossless way back in.
#include "core/io/gbenchimport.h"
#include "core/io/gbenchnames.h"
#include "core/io/gbenchwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace pb;
using namespace Qt::Literals::StringLiterals;

namespace {

RunResult sampleRun()
{
    RunResult r;
    r.config.workload = u"primes"_s;
    r.config.size = 30000;
    r.config.workers = {1, 2};
    r.config.strategies = {u"serial"_s, u"mapped"_s};
    r.system.hostname = u"somewhere-else"_s;
    r.system.logicalCores = 2;
    r.system.buildType = u"Release"_s;
    r.system.parabenchVersion = u"0.1.0"_s;
    r.system.loadAverage1 = 0.25;
    r.system.date = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const auto cell = [](const QString &s, int w, qint64 base) {
        CellResult c;
        c.strategy = s;
        c.workers = w;
        c.size = 30000;
        c.samplesNs = {base + 1000, base + 3000, base + 2000, base + 5000, base + 4000};
        c.cpuNs = {2 * base, 2 * base + 1, 2 * base + 2, 2 * base + 3, 2 * base + 4};
        c.verified = true;
        return c;
    };
    r.cells = {cell(u"serial"_s, 1, 10000000), cell(u"mapped"_s, 1, 10500000),
               cell(u"mapped"_s, 2, 5500000)};
    CellResult failed;
    failed.strategy = u"chunked"_s;
    failed.workers = 2;
    failed.size = 30000;
    failed.errorKind = CellErrorKind::Kernel;
    failed.error = u"kernel threw: boom"_s;
    r.cells.append(failed);
    return r;
}

QJsonObject written(const RunResult &r)
{
    return QJsonDocument::fromJson(GbenchWriter().write(r)).object();
}

} // namespace

TEST(GbenchWriter, EntriesHaveWhatComparePyReads)
{
    const QJsonObject root = written(sampleRun());
    const QJsonArray benchmarks = root.value(u"benchmarks"_s).toArray();
    ASSERT_EQ(benchmarks.size(), 3 * (5 + 4) + 1); // repetitions + 4 aggregates, one error
    QSet<QString> units;
    QSet<QString> repetitionKeys;
    for (const QJsonValue &v : benchmarks) {
        const QJsonObject e = v.toObject();
        for (const char *key :
             {"name", "real_time", "cpu_time", "time_unit", "run_type", "run_name", "family_index",
              "per_family_instance_index", "repetitions", "threads", "iterations"})
            EXPECT_TRUE(e.contains(QLatin1String(key)))
                << key << " missing in " << qPrintable(e.value(u"name"_s).toString());
        units.insert(e.value(u"time_unit"_s).toString());
        if (e.value(u"run_type"_s).toString() == u"aggregate"_s) {
            const QString agg = e.value(u"aggregate_name"_s).toString();
            EXPECT_EQ(e.value(u"name"_s).toString(),
                      e.value(u"run_name"_s).toString() + u'_' + agg);
            EXPECT_EQ(e.value(u"aggregate_unit"_s).toString(),
                      agg == u"cv"_s ? u"percentage"_s : u"time"_s);
            EXPECT_EQ(e.value(u"iterations"_s).toInt(), 5); // aggregates: the repetitions
        } else {
            EXPECT_EQ(e.value(u"run_type"_s).toString(), u"iteration"_s);
            EXPECT_TRUE(e.contains(u"repetition_index"_s));
            const QString key = e.value(u"name"_s).toString() + u'#' +
                                QString::number(e.value(u"repetition_index"_s).toInt());
            EXPECT_FALSE(repetitionKeys.contains(key)) << qPrintable(key);
            repetitionKeys.insert(key);
            if (!e.value(u"error_occurred"_s).toBool()) {
                EXPECT_GT(e.value(u"real_time"_s).toDouble(), 0);
                EXPECT_GT(e.value(u"cpu_time"_s).toDouble(), 0); // a 0 kills compare.py's geomean
                EXPECT_EQ(e.value(u"iterations"_s).toInt(), 1);
            }
        }
    }
    EXPECT_EQ(units, QSet<QString>{u"ns"_s}); // always ns: two exports always share the unit
}

TEST(GbenchWriter, NamesPairInComparePyFiltersMode)
{
    const QJsonArray benchmarks = written(sampleRun()).value(u"benchmarks"_s).toArray();
    QStringList names;
    for (const QJsonValue &v : benchmarks)
        if (!names.contains(v[u"run_name"_s].toString()))
            names << v[u"run_name"_s].toString();
    EXPECT_EQ(names, (QStringList{u"primes/size:30000/serial/real_time/threads:1"_s,
                                  u"primes/size:30000/mapped/real_time/threads:1"_s,
                                  u"primes/size:30000/mapped/real_time/threads:2"_s,
                                  u"primes/size:30000/chunked/real_time/threads:2"_s}));
    const auto parsed = parseGbenchCellName(names[2]);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->strategy, u"mapped"_s);
    EXPECT_EQ(parsed->threads, 2);
    EXPECT_EQ(gbenchCellName(*parsed), names[2]);
    EXPECT_FALSE(parseGbenchCellName(u"BM_FixedTotal/30000/real_time/threads:2"_s));
}

TEST(GbenchWriter, AggregatesAreGoogleBenchmarks)
{
    const QJsonArray benchmarks = written(sampleRun()).value(u"benchmarks"_s).toArray();
    QMap<QString, QJsonObject> serial;
    for (const QJsonValue &v : benchmarks)
        if (v[u"run_name"_s].toString().contains(u"/serial/"_s) &&
            v[u"run_type"_s].toString() == u"aggregate"_s)
            serial.insert(v[u"aggregate_name"_s].toString(), v.toObject());
    // samples 10.001 .. 10.005 ms in ns: mean = median = 10003000, sample stddev = 1581.14
    EXPECT_DOUBLE_EQ(serial[u"mean"_s][u"real_time"_s].toDouble(), 10003000);
    EXPECT_DOUBLE_EQ(serial[u"median"_s][u"real_time"_s].toDouble(), 10003000);
    EXPECT_NEAR(serial[u"stddev"_s][u"real_time"_s].toDouble(), 1581.1388300841898, 1e-6);
    EXPECT_NEAR(serial[u"cv"_s][u"real_time"_s].toDouble(), 1581.1388300841898 / 10003000, 1e-12);
}

TEST(GbenchWriter, ContextHasGoogleBenchmarksFields)
{
    const QJsonObject c = written(sampleRun()).value(u"context"_s).toObject();
    for (const char *key : {"date", "host_name", "executable", "num_cpus", "mhz_per_cpu",
                            "cpu_scaling_enabled", "caches", "load_avg", "library_build_type"})
        EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
    EXPECT_EQ(c.value(u"json_schema_version"_s).toInt(), 1); // newer compare.py checks it
    EXPECT_EQ(c.value(u"date"_s).toString(), u"2026-11-25T12:00:00+00:00"_s);
    EXPECT_EQ(c.value(u"library_build_type"_s).toString(), u"release"_s);
    EXPECT_EQ(c.value(u"num_cpus"_s).toInt(), 2);
    EXPECT_EQ(c.value(u"mhz_per_cpu"_s).toInt(), 0); // measured elsewhere: unknown
    EXPECT_TRUE(c.value(u"caches"_s).toArray().isEmpty());
}

TEST(GbenchWriter, ErrorsAreWrittenAsGoogleBenchmarkDoes)
{
    const QJsonArray benchmarks = written(sampleRun()).value(u"benchmarks"_s).toArray();
    const QJsonObject last = benchmarks.last().toObject();
    EXPECT_TRUE(last.value(u"error_occurred"_s).toBool());
    EXPECT_EQ(last.value(u"error_message"_s).toString(), u"kernel threw: boom"_s);
}

TEST(GbenchWriter, ReadsBackAsTheSameRun)
{
    const RunResult original = sampleRun();
    QString error;
    const auto file = parseGbench(written(original), &error);
    ASSERT_TRUE(file) << qPrintable(error);
    EXPECT_TRUE(file->fromParabench);
    const RunResult back = importGbench(*file, ThreadScaling::Split).result;
    EXPECT_EQ(back.config.workload, u"primes"_s);
    EXPECT_EQ(back.config.size, 30000);
    ASSERT_EQ(back.cells.size(), original.cells.size());
    for (qsizetype i = 0; i < back.cells.size(); ++i) {
        EXPECT_EQ(back.cells[i].strategy, original.cells[i].strategy);
        EXPECT_EQ(back.cells[i].workers, original.cells[i].workers);
        EXPECT_EQ(back.cells[i].samplesNs, original.cells[i].samplesNs);
        EXPECT_EQ(back.cells[i].cpuNs, original.cells[i].cpuNs);
        EXPECT_EQ(back.cells[i].error.isEmpty(), original.cells[i].error.isEmpty());
    }
    // ParaBench semantics: speedup against serial, real_time is the whole job's time.
    EXPECT_NEAR(back.cells[2].stats.speedup, 10003000.0 / 5503000.0, 1e-9);
}
