// Runs the real parabench-cli binary: exit codes, messages on stderr, files written or not.
#include "core/io/resultio.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

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
        ADD_FAILURE() << "parabench-cli hung: " << qPrintable(args.join(QLatin1Char(' ')));
        return {};
    }
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit)
        << "crashed: " << qPrintable(args.join(QLatin1Char(' ')));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void expectUsageError(const QStringList &args, const QString &needle)
{
    const CliRun r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(QLatin1Char(' '))) << "\n"
                             << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(needle, Qt::CaseInsensitive))
        << qPrintable(args.join(QLatin1Char(' '))) << ": expected \"" << qPrintable(needle)
        << "\" in: " << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
}

const QStringList kTiny{u"--workload"_s, u"primes"_s,   u"--size"_s, u"200"_s,    u"--reps"_s,
                        u"2"_s,          u"--warmup"_s, u"0"_s,      u"--quiet"_s};

} // namespace

TEST(Cli, HelpAndList)
{
    const CliRun help = runCli({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *opt : {"--workload", "--size", "--workers", "--strategy", "--reps", "--json"})
        EXPECT_TRUE(help.out.contains(QLatin1String(opt))) << opt;
    const CliRun list = runCli({u"--list"_s});
    EXPECT_EQ(list.exitCode, 0);
    for (const char *id : {"primes", "mandelbrot", "montecarlo", "stream", "fine", "spin", "serial",
                           "mapped", "chunked", "inplace", "mapreduce", "threads"})
        EXPECT_TRUE(list.out.contains(QLatin1String(id))) << id;
}

TEST(Cli, BadSizes)
{
    expectUsageError(kTiny + QStringList{u"--size"_s, u"0"_s}, u"at least 1"_s);
    expectUsageError(kTiny + QStringList{u"--size"_s, u"-5"_s}, u"at least 1"_s);
    expectUsageError(kTiny + QStringList{u"--size"_s, u"abc"_s}, u"not a number"_s);
    expectUsageError(kTiny + QStringList{u"--size"_s, u"2.5"_s}, u"whole number"_s);
    expectUsageError(kTiny + QStringList{u"--size"_s, u"1e30"_s}, u"too large"_s);
    expectUsageError(kTiny + QStringList{u"--size"_s, u"100G"_s}, u"memory"_s);
}

TEST(Cli, BadWorkers)
{
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"0"_s}, u"at least 1"_s);
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"-1"_s}, u"at least 1"_s);
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"100000"_s}, u"too large"_s);
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"1,,2"_s}, u"not a count"_s);
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"two"_s}, u"not a count"_s);
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"4-2"_s}, u"reversed"_s);
    expectUsageError(kTiny + QStringList{u"--workers"_s, u"1,1"_s}, u"twice"_s);
}

TEST(Cli, BadNamesAndCounts)
{
    expectUsageError({u"--workload"_s, u"nope"_s}, u"valid: primes, mandelbrot"_s);
    expectUsageError(kTiny + QStringList{u"--strategy"_s, u"serial,turbo"_s},
                     u"unknown strategy \"turbo\""_s);
    expectUsageError(kTiny + QStringList{u"--reps"_s, u"0"_s}, u"at least 1"_s);
    expectUsageError(kTiny + QStringList{u"--reps"_s, u"x"_s}, u"not a valid number"_s);
    expectUsageError(kTiny + QStringList{u"--reps"_s, u"1e10"_s}, u"--reps: 1e10 is too large"_s);
    expectUsageError(kTiny + QStringList{u"--warmup"_s, u"1e12"_s},
                     u"--warmup: 1e12 is too large"_s);
    expectUsageError(kTiny + QStringList{u"--adaptive"_s, u"--max-reps"_s, u"1000000"_s},
                     u"maximum repetitions 1000000 is too many"_s);
    expectUsageError(kTiny + QStringList{u"--format"_s, u"xml"_s}, u"unknown --format"_s);
    expectUsageError(kTiny + QStringList{u"--frobnicate"_s}, u"unknown option"_s);
    expectUsageError(kTiny + QStringList{u"--param"_s, u"us_per_item"_s}, u"key=value"_s);
}

TEST(Cli, UnwritableOutputIsRefusedBeforeRunning)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    expectUsageError(kTiny + QStringList{u"--json"_s, u"/nonexistent-dir/out.json"_s},
                     u"does not exist"_s);
    expectUsageError(kTiny + QStringList{u"--csv"_s, dir.filePath(u"file/out.csv"_s)},
                     u"not a directory"_s);
    expectUsageError(kTiny + QStringList{u"--json"_s, dir.path()}, u"is a directory"_s);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"file/out.csv"_s)));
}

TEST(Cli, RunWritesFilesThatReadBack)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"r.json"_s), csv = dir.filePath(u"r.csv"_s),
                  md = dir.filePath(u"r.md"_s);
    const CliRun r = runCli(kTiny + QStringList{u"--workers"_s, u"1,2"_s, u"--strategy"_s,
                                                u"serial,mapped,chunked"_s, u"--json"_s, json,
                                                u"--csv"_s, csv, u"--md"_s, md});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"mapped"_s));
    EXPECT_TRUE(r.out.contains(u"speedup"_s));
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
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll()).trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), 1 + 5);
    EXPECT_TRUE(lines.first().startsWith(u"workload,"_s));
    EXPECT_TRUE(QFile::exists(md));
}

TEST(Cli, JsonOnStdout)
{
    const CliRun r = runCli(kTiny + QStringList{u"--workers"_s, u"2"_s, u"--strategy"_s,
                                                u"serial,inplace"_s, u"--format"_s, u"json"_s});
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
    const CliRun r = runCli({u"--check-machine"_s, u"--quiet"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"overhead/item"_s));
    for (const char *s : {"mapped", "chunked", "inplace", "threads"})
        EXPECT_TRUE(r.out.contains(QLatin1String(s))) << s;
    EXPECT_TRUE(r.out.contains(u"Verdict: "_s)) << qPrintable(r.out);
}
