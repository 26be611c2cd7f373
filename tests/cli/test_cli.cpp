// Runs the real parabench-cli binary: exit codes, messages on stderr, files written or not.
#include "core/io/resultio.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(PARABENCH_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        ADD_FAILURE() << "parabench-cli hung: " << qPrintable(args.join(' '));
        return {};
    }
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << qPrintable(args.join(' '));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void expectUsageError(const QStringList &args, const QString &needle)
{
    const CliRun r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(' ')) << "\n" << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(needle, Qt::CaseInsensitive))
        << qPrintable(args.join(' ')) << ": expected \"" << qPrintable(needle)
        << "\" in: " << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
}

const QStringList kTiny{"--workload", "primes",   "--size", "200",    "--reps",
                        "2",          "--warmup", "0",      "--quiet"};

} // namespace

TEST(Cli, HelpAndList)
{
    const CliRun help = runCli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *opt : {"--workload", "--size", "--workers", "--strategy", "--reps", "--json"})
        EXPECT_TRUE(help.out.contains(QLatin1String(opt))) << opt;
    const CliRun list = runCli({"--list"});
    EXPECT_EQ(list.exitCode, 0);
    for (const char *id : {"primes", "mandelbrot", "montecarlo", "stream", "fine", "spin", "serial",
                           "mapped", "chunked", "inplace", "mapreduce", "threads"})
        EXPECT_TRUE(list.out.contains(QLatin1String(id))) << id;
}

TEST(Cli, BadSizes)
{
    expectUsageError(kTiny + QStringList{"--size", "0"}, "at least 1");
    expectUsageError(kTiny + QStringList{"--size", "-5"}, "at least 1");
    expectUsageError(kTiny + QStringList{"--size", "abc"}, "not a number");
    expectUsageError(kTiny + QStringList{"--size", "2.5"}, "whole number");
    expectUsageError(kTiny + QStringList{"--size", "1e30"}, "too large");
    expectUsageError(kTiny + QStringList{"--size", "100G"}, "memory");
}

TEST(Cli, BadWorkers)
{
    expectUsageError(kTiny + QStringList{"--workers", "0"}, "at least 1");
    expectUsageError(kTiny + QStringList{"--workers", "-1"}, "at least 1");
    expectUsageError(kTiny + QStringList{"--workers", "100000"}, "too large");
    expectUsageError(kTiny + QStringList{"--workers", "1,,2"}, "not a count");
    expectUsageError(kTiny + QStringList{"--workers", "two"}, "not a count");
    expectUsageError(kTiny + QStringList{"--workers", "4-2"}, "reversed");
    expectUsageError(kTiny + QStringList{"--workers", "1,1"}, "twice");
}

TEST(Cli, BadNamesAndCounts)
{
    expectUsageError({"--workload", "nope"}, "valid: primes, mandelbrot");
    expectUsageError(kTiny + QStringList{"--strategy", "serial,turbo"},
                     "unknown strategy \"turbo\"");
    expectUsageError(kTiny + QStringList{"--reps", "0"}, "at least 1");
    expectUsageError(kTiny + QStringList{"--reps", "x"}, "not a valid number");
    expectUsageError(kTiny + QStringList{"--reps", "1e10"}, "--reps: 1e10 is too large");
    expectUsageError(kTiny + QStringList{"--warmup", "1e12"}, "--warmup: 1e12 is too large");
    expectUsageError(kTiny + QStringList{"--adaptive", "--max-reps", "1000000"},
                     "maximum repetitions 1000000 is too many");
    expectUsageError(kTiny + QStringList{"--format", "xml"}, "unknown --format");
    expectUsageError(kTiny + QStringList{"--frobnicate"}, "unknown option");
    expectUsageError(kTiny + QStringList{"--param", "us_per_item"}, "key=value");
}

TEST(Cli, UnwritableOutputIsRefusedBeforeRunning)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    expectUsageError(kTiny + QStringList{"--json", "/nonexistent-dir/out.json"}, "does not exist");
    expectUsageError(kTiny + QStringList{"--csv", dir.filePath("file/out.csv")}, "not a directory");
    expectUsageError(kTiny + QStringList{"--json", dir.path()}, "is a directory");
    EXPECT_FALSE(QFile::exists(dir.filePath("file/out.csv")));
}

TEST(Cli, RunWritesFilesThatReadBack)
{
    QTemporaryDir dir;
    const QString json = dir.filePath("r.json"), csv = dir.filePath("r.csv"),
                  md = dir.filePath("r.md");
    const CliRun r =
        runCli(kTiny + QStringList{"--workers", "1,2", "--strategy", "serial,mapped,chunked",
                                   "--json", json, "--csv", csv, "--md", md});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("mapped"));
    EXPECT_TRUE(r.out.contains("speedup"));
    QString error;
    const auto result = pb::readResultFile(json, &error);
    ASSERT_TRUE(result) << qPrintable(error);
    EXPECT_EQ(result->config.size, 200);
    EXPECT_EQ(result->config.workers, (QList<int>{1, 2}));
    EXPECT_EQ(result->cells.size(), 5); // serial + 2 strategies x 2 worker counts
    for (const pb::CellResult &c : result->cells) {
        EXPECT_TRUE(c.verified);
        EXPECT_EQ(c.samplesNs.size(), 2);
    }
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).trimmed().split('\n');
    EXPECT_EQ(lines.size(), 1 + 5);
    EXPECT_TRUE(lines.first().startsWith("workload,"));
    EXPECT_TRUE(QFile::exists(md));
}

TEST(Cli, JsonOnStdout)
{
    const CliRun r = runCli(
        kTiny + QStringList{"--workers", "2", "--strategy", "serial,inplace", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &perr);
    ASSERT_EQ(perr.error, QJsonParseError::NoError);
    QString error;
    const auto result = pb::fromJson(doc.object(), &error);
    ASSERT_TRUE(result) << qPrintable(error);
    EXPECT_EQ(result->cells.size(), 2);
}

TEST(Cli, CheckMachineReportsOverheadScalingAndAVerdict)
{
    const CliRun r = runCli({"--check-machine", "--quiet"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("overhead/item"));
    for (const char *s : {"mapped", "chunked", "inplace", "threads"})
        EXPECT_TRUE(r.out.contains(QLatin1String(s))) << s;
    EXPECT_TRUE(r.out.contains("Verdict: ")) << qPrintable(r.out);
}
