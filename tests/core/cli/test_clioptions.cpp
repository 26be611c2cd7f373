// parabench-cli's command line, parsed in-process (the binary itself is run by tests/cli).
#include "core/cli/clioptions.h"
#include "core/model/sizeparse.h"
#include "core/run/autochunk.h"
#include "core/run/registry.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace pb;

namespace {

struct Parsed
{
    std::optional<CliOptions> options;
    QString error, help;
    bool version = false;
};

Parsed parse(std::initializer_list<const char *> args)
{
    QStringList list{QStringLiteral("parabench-cli")};
    for (const char *a : args)
        list << QString::fromUtf8(a);
    Parsed p;
    p.options = parseCli(list, &p.error, &p.help, &p.version);
    return p;
}

QString errorFor(std::initializer_list<const char *> args)
{
    const Parsed p = parse(args);
    EXPECT_FALSE(p.options.has_value());
    EXPECT_FALSE(p.error.isEmpty());
    return p.error;
}

int cores()
{
    return std::max(1, QThread::idealThreadCount());
}

} // namespace

TEST(CliOptions, DefaultsAreTheDocumentedOnes)
{
    const Parsed p = parse({});
    ASSERT_TRUE(p.options.has_value()) << qPrintable(p.error);
    const CliOptions &o = *p.options;
    EXPECT_EQ(o.config.workload, QStringLiteral("primes"));
    EXPECT_EQ(o.config.size, findWorkload(QStringLiteral("primes"))->defaultSize());
    QList<int> all;
    for (int w = 1; w <= cores(); ++w)
        all << w;
    EXPECT_EQ(o.config.workers, all);
    EXPECT_EQ(o.config.strategies.join(QLatin1Char(',')), QStringLiteral("serial,mapped,chunked"));
    EXPECT_EQ(o.config.reps.repetitions, 5);
    EXPECT_FALSE(o.config.reps.adaptive);
    EXPECT_EQ(o.config.reps.maxRepetitions, 50);
    EXPECT_EQ(o.config.warmupRuns, 1);
    EXPECT_EQ(o.config.chunkSize, 0);
    EXPECT_TRUE(o.config.chunkSweep.isEmpty());
    EXPECT_TRUE(o.config.verify);
    EXPECT_EQ(o.stdoutFormat, QStringLiteral("txt"));
    EXPECT_TRUE(o.outputs.isEmpty());
    EXPECT_FALSE(o.list || o.checkMachine || o.quiet);
}

TEST(CliOptions, EveryOptionReachesTheConfig)
{
    QTemporaryDir dir;
    const QByteArray json = dir.filePath(QStringLiteral("r.json")).toUtf8();
    const QByteArray csv = dir.filePath(QStringLiteral("r.csv")).toUtf8();
    const Parsed p = parse({"-w",
                            "spin",
                            "-n",
                            "30,000",
                            "-j",
                            "1,2",
                            "-s",
                            "serial, chunked", // --chunk needs chunked
                            "-r",
                            "7",
                            "--warmup",
                            "2",
                            "--warmup-time",
                            "0.5",
                            "--adaptive",
                            "--ci",
                            "3",
                            "--max-reps",
                            "20",
                            "--budget",
                            "4",
                            "--chunk",
                            "64",
                            "-p",
                            "us_per_item=5",
                            "--no-verify",
                            "--json",
                            json.constData(),
                            "--csv",
                            csv.constData(),
                            "--format",
                            "csv",
                            "-q"});
    ASSERT_TRUE(p.options.has_value()) << qPrintable(p.error);
    const RunConfig &c = p.options->config;
    EXPECT_EQ(c.workload, QStringLiteral("spin"));
    EXPECT_EQ(c.size, 30000);
    EXPECT_EQ(c.workers, (QList<int>{1, 2}));
    EXPECT_EQ(c.strategies.join(QLatin1Char(',')), QStringLiteral("serial,chunked"));
    EXPECT_EQ(c.reps.repetitions, 7);
    EXPECT_EQ(c.warmupRuns, 2);
    EXPECT_DOUBLE_EQ(c.warmupSec, 0.5);
    EXPECT_TRUE(c.reps.adaptive);
    EXPECT_DOUBLE_EQ(c.reps.targetRelCi, 0.03);
    EXPECT_EQ(c.reps.maxRepetitions, 20);
    EXPECT_DOUBLE_EQ(c.reps.timeBudgetSec, 4.0);
    EXPECT_EQ(c.chunkSize, 64);
    EXPECT_EQ(c.params.value(QStringLiteral("us_per_item")), QVariant(5.0));
    EXPECT_EQ(c.params.size(), 1);
    EXPECT_FALSE(c.verify);
    ASSERT_EQ(p.options->outputs.size(), 2);
    EXPECT_EQ(p.options->outputs[0].first, QStringLiteral("json"));
    EXPECT_EQ(p.options->outputs[0].second, QString::fromUtf8(json));
    EXPECT_EQ(p.options->outputs[1].first, QStringLiteral("csv"));
    EXPECT_EQ(p.options->stdoutFormat, QStringLiteral("csv"));
    EXPECT_TRUE(p.options->quiet);
}

TEST(CliOptions, ParamsAreCheckedAgainstTheWorkloadsDeclarations)
{
    const Parsed unknown = parse({"--workload", "spin", "-p", "label=x"});
    EXPECT_FALSE(unknown.options.has_value());
    EXPECT_EQ(unknown.error,
              QStringLiteral("spin: unknown parameter 'label'; valid parameters: us_per_item"));
    const Parsed none = parse({"--workload", "primes", "-p", "us_per_item=5"});
    EXPECT_EQ(none.error, QStringLiteral("primes: unknown parameter 'us_per_item'; this workload "
                                         "takes no parameters"));
    const Parsed range = parse({"--workload", "spin", "-p", "us_per_item=0"});
    EXPECT_EQ(range.error, QStringLiteral("spin: us_per_item must be between 0.01 and 1e6, got 0"));
    const Parsed text = parse({"--workload", "spin", "-p", "us_per_item=fast"});
    EXPECT_EQ(text.error, QStringLiteral("spin: us_per_item must be a number, got 'fast'"));
    // Not given: the default is recorded, typed.
    const Parsed defaults = parse({"--workload", "spin"});
    ASSERT_TRUE(defaults.options.has_value()) << qPrintable(defaults.error);
    EXPECT_EQ(defaults.options->config.params.value(QStringLiteral("us_per_item")), QVariant(10.0));
}

TEST(CliOptions, MoreRepetitionsThanTheDefaultCapRaiseTheCap)
{
    const Parsed p = parse({"--reps", "80"});
    ASSERT_TRUE(p.options.has_value()) << qPrintable(p.error);
    EXPECT_EQ(p.options->config.reps.maxRepetitions, 80);
}

TEST(CliOptions, SweepRunsSerialAndChunkedOnly)
{
    const Parsed automatic = parse({"-n", "4096", "-j", "2,4", "--sweep", "auto"});
    ASSERT_TRUE(automatic.options.has_value()) << qPrintable(automatic.error);
    EXPECT_EQ(automatic.options->config.chunkSweep, autoChunkSweep(4096, 2));
    EXPECT_EQ(automatic.options->config.strategies.join(QLatin1Char(',')),
              QStringLiteral("serial,chunked"));
    const Parsed listed = parse({"--sweep", "64,1k", "-s", "chunked"});
    ASSERT_TRUE(listed.options.has_value()) << qPrintable(listed.error);
    EXPECT_EQ(listed.options->config.chunkSweep, (QList<qint64>{64, 1000}));
    EXPECT_TRUE(errorFor({"--sweep", "64,0"}).startsWith(QStringLiteral("--sweep: ")));
}

TEST(CliOptions, SizesFollowTheSharedSizeRule)
{
    for (const char *text : {"30000", "30k", "30,000", "30 000", "30_000", "3e4"}) {
        const Parsed p = parse({"--size", text});
        ASSERT_TRUE(p.options.has_value()) << text << ": " << qPrintable(p.error);
        EXPECT_EQ(p.options->config.size, 30000) << text;
    }
    for (const char *text : {"0", "-5", "1,5M", "2.5", "abc", "1e30", "1,024", "log:1e3:1e7:1"}) {
        QString expected;
        EXPECT_FALSE(parseSizeList(QString::fromUtf8(text), &expected).has_value());
        EXPECT_EQ(errorFor({"--size", text}), expected) << text;
    }
}

TEST(CliOptions, SizeSweepsSetEverySizeAndTheLargest)
{
    const Parsed list = parse({"--size", "100k,1k,10k"});
    ASSERT_TRUE(list.options.has_value()) << qPrintable(list.error);
    EXPECT_EQ(list.options->config.sizes, (QList<qint64>{1000, 10000, 100000}));
    EXPECT_EQ(list.options->config.size, 100000);
    const Parsed log = parse({"--size", "log:1e3:1e7:9"});
    ASSERT_TRUE(log.options.has_value()) << qPrintable(log.error);
    EXPECT_EQ(log.options->config.sizes.size(), 9);
    EXPECT_EQ(log.options->config.sizes.constFirst(), 1000);
    EXPECT_EQ(log.options->config.sizes.constLast(), 10000000);
    const Parsed one = parse({"--size", "30,000"});
    ASSERT_TRUE(one.options.has_value());
    EXPECT_TRUE(one.options->config.sizes.isEmpty()); // one size is not a sweep
}

TEST(CliOptions, OrderAndSeed)
{
    const Parsed byDefault = parse({});
    ASSERT_TRUE(byDefault.options.has_value());
    EXPECT_EQ(byDefault.options->config.order, kDefaultRepetitionOrder);
    EXPECT_EQ(byDefault.options->config.seed, 0u);
    const Parsed sequential = parse({"--order", "sequential"});
    ASSERT_TRUE(sequential.options.has_value()) << qPrintable(sequential.error);
    EXPECT_EQ(sequential.options->config.order, RepetitionOrder::Sequential);
    const Parsed seeded = parse({"--seed", "42", "--warmup-each"});
    ASSERT_TRUE(seeded.options.has_value()) << qPrintable(seeded.error);
    EXPECT_EQ(seeded.options->config.seed, 42u);
    EXPECT_TRUE(seeded.options->config.warmupEachRep);
    // Options the sequential order would ignore are refused.
    EXPECT_TRUE(errorFor({"--order", "sequential", "--seed", "42"})
                    .startsWith(QStringLiteral("--seed has no effect")));
    EXPECT_EQ(parse({"--order", "Interleaved"}).options->config.order,
              RepetitionOrder::Interleaved);
    EXPECT_TRUE(
        errorFor({"--order", "random"}).contains(QStringLiteral("interleaved or sequential")));
    EXPECT_TRUE(errorFor({"--seed", "0"}).contains(QStringLiteral("from 1 to")));
    EXPECT_TRUE(errorFor({"--seed", "9007199254740992"}).contains(QStringLiteral("from 1 to")));
    EXPECT_TRUE(errorFor({"--seed", "x"}).startsWith(QStringLiteral("--seed")));
}

TEST(CliOptions, SpecificErrors)
{
    EXPECT_TRUE(errorFor({"--frobnicate"}).contains(QStringLiteral("Unknown option")));
    EXPECT_TRUE(errorFor({"--frobnicate"}).endsWith(QStringLiteral("(see --help)")));
    EXPECT_EQ(errorFor({"stray"}), QStringLiteral("unexpected argument \"stray\" (see --help)"));
    EXPECT_TRUE(errorFor({"-w", "nope"}).contains(QStringLiteral("valid: primes, mandelbrot")));
    EXPECT_EQ(errorFor({"--reps", "x"}), QStringLiteral("--reps: \"x\" is not a valid number"));
    EXPECT_EQ(errorFor({"--reps", "2.5"}), QStringLiteral("--reps: \"2.5\" is not a valid number"));
    EXPECT_EQ(errorFor({"--reps", "1e10"}), QStringLiteral("--reps: 1e10 is too large"));
    EXPECT_EQ(errorFor({"-p", "us_per_item"}),
              QStringLiteral("--param \"us_per_item\": expected key=value"));
    EXPECT_TRUE(
        errorFor({"--format", "xml"}).startsWith(QStringLiteral("unknown --format \"xml\"")));
    EXPECT_TRUE(errorFor({"--json", "/nonexistent-dir/out.json"})
                    .contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(errorFor({"-j", "4-2"}).contains(QStringLiteral("reversed")));
}

TEST(CliOptions, ListCheckMachineAndVersion)
{
    Parsed p = parse({"--list"});
    ASSERT_TRUE(p.options.has_value());
    EXPECT_TRUE(p.options->list);
    p = parse({"--check-machine"});
    ASSERT_TRUE(p.options.has_value());
    EXPECT_TRUE(p.options->checkMachine);
    p = parse({"--version"});
    EXPECT_FALSE(p.options.has_value());
    EXPECT_TRUE(p.version);
    EXPECT_TRUE(p.error.isEmpty());
}

TEST(CliOptions, HelpNamesEveryOption)
{
    int argc = 1;
    char name[] = "parabench-cli";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv); // the help text names the program from the application
    const Parsed p = parse({"--help"});
    EXPECT_FALSE(p.options.has_value());
    for (const char *option :
         {"--workload",    "--size",     "--workers",   "--strategy",      "--reps",   "--warmup",
          "--warmup-time", "--adaptive", "--ci",        "--max-reps",      "--budget", "--chunk",
          "--sweep",       "--param",    "--no-verify", "--json",          "--csv",    "--md",
          "--format",      "--quiet",    "--list",      "--check-machine", "--version"})
        EXPECT_TRUE(p.help.contains(QLatin1String(option))) << option;
}

TEST(WorkerList, CountsRangesAndCores)
{
    QString error;
    EXPECT_EQ(parseWorkerList(QStringLiteral("1,2,4"), 8, &error), (QList<int>{1, 2, 4}));
    EXPECT_EQ(parseWorkerList(QStringLiteral("1-4"), 8, &error), (QList<int>{1, 2, 3, 4}));
    EXPECT_EQ(parseWorkerList(QStringLiteral("cores"), 8, &error), QList<int>{8});
    EXPECT_EQ(parseWorkerList(QStringLiteral("2xcores"), 8, &error), QList<int>{16});
    EXPECT_EQ(parseWorkerList(QStringLiteral("1-cores"), 3, &error), (QList<int>{1, 2, 3}));
    EXPECT_EQ(parseWorkerList(QStringLiteral(" 1 , Cores "), 6, &error), (QList<int>{1, 6}));
}

TEST(WorkerList, SpecificErrors)
{
    const auto errorFor = [](const char *text) {
        QString error;
        EXPECT_FALSE(parseWorkerList(QString::fromUtf8(text), 8, &error).has_value()) << text;
        return error;
    };
    EXPECT_TRUE(errorFor("0").contains(QStringLiteral("at least 1")));
    EXPECT_TRUE(errorFor("-1").contains(QStringLiteral("at least 1")));
    EXPECT_TRUE(errorFor("4-2").contains(QStringLiteral("reversed")));
    EXPECT_TRUE(errorFor("2000").contains(QStringLiteral("at most 1024")));
    EXPECT_TRUE(errorFor("1,,2").contains(QStringLiteral("not a count or range")));
    EXPECT_TRUE(errorFor("two").contains(QStringLiteral("not a count or range")));
    EXPECT_TRUE(errorFor("1-2-3").contains(QStringLiteral("not a count or range")));
}

TEST(ChunkSweep, AutoOrAListOfSizes)
{
    QString error;
    EXPECT_EQ(parseChunkSweep(QStringLiteral("auto"), 4096, 2, &error), autoChunkSweep(4096, 2));
    EXPECT_EQ(parseChunkSweep(QStringLiteral(" auto "), 100, 1, &error), autoChunkSweep(100, 1));
    EXPECT_EQ(parseChunkSweep(QStringLiteral("64,256,1k"), 4096, 2, &error),
              (QList<qint64>{64, 256, 1000}));
    EXPECT_FALSE(parseChunkSweep(QStringLiteral("64,x"), 4096, 2, &error).has_value());
    EXPECT_TRUE(error.startsWith(QStringLiteral("--sweep: size \"x\" is not a number")))
        << qPrintable(error);
    EXPECT_FALSE(parseChunkSweep(QStringLiteral("0"), 4096, 2, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("at least 1"))) << qPrintable(error);
}
