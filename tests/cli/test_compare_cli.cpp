// parabench-cli compare / report and --gbench-json, run as a user would: exit codes, messages,
// files written or not.
#include "clirun.h"

#include "core/io/resultio.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {
pb::test::CliResult run(const QStringList &args)
{
    return pb::test::runCliWith(args);
}
} // namespace

namespace {

/// spin costs a known time per item: us_per_item=20 vs 30 is a 50 % regression on any machine.
QStringList spinRun(const QString &json, int usPerItem, const QString &workload = u"spin"_s)
{
    return {u"--workload"_s,
            workload,
            u"--size"_s,
            u"100"_s,
            u"--workers"_s,
            u"1,2"_s,
            u"--strategy"_s,
            u"serial,chunked"_s,
            u"-p"_s,
            u"us_per_item=%1"_s.arg(usPerItem),
            u"--reps"_s,
            u"5"_s,
            u"--warmup"_s,
            u"1"_s,
            u"--quiet"_s,
            u"--json"_s,
            json};
}

class CompareCli : public testing::Test
{
protected:
    // base: a real run, its samples made regular (median kept, ±1 % spread) so a busy
    // machine cannot blur them; slow: the same three times longer, with another parameter.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const auto real = run(spinRun(path(u"real.json"_s), 20));
        ASSERT_EQ(real.exitCode, 0) << qPrintable(real.err);
        QString error;
        auto base = pb::readResultFile(path(u"real.json"_s), &error);
        ASSERT_TRUE(base) << qPrintable(error);
        for (pb::CellResult &c : base->cells) {
            const qint64 m = c.samplesNs.value(c.samplesNs.size() / 2, 1000000);
            c.samplesNs = {m - m / 50, m - m / 100, m, m + m / 100, m + m / 50};
        }
        pb::RunResult slow = *base;
        slow.config.params[u"us_per_item"_s] = 30;
        for (pb::CellResult &c : slow.cells)
            for (qint64 &ns : c.samplesNs)
                ns *= 3;
        for (const auto &[r, name] : {std::pair{&*base, u"base"_s}, std::pair{&slow, u"slow"_s}}) {
            ASSERT_TRUE(pb::writeResultFile(*r, path(name + u".json"_s), u"json"_s, &error));
            ASSERT_TRUE(pb::writeResultFile(*r, path(name + u".gb.json"_s), u"gbench"_s, &error));
        }
    }
    static void TearDownTestSuite() { delete s_dir; }
    static QString path(const QString &name) { return s_dir->filePath(name); }
    static void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QTemporaryDir *s_dir;
};
QTemporaryDir *CompareCli::s_dir = nullptr;

} // namespace

TEST_F(CompareCli, RegressionIsFoundAndTheGateFails)
{
    const auto r = run({u"compare"_s, path(u"base.json"_s), path(u"slow.json"_s),
                        u"--fail-on-regression"_s, u"5%"_s});
    EXPECT_EQ(r.exitCode, 5) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(u"regressed (fails the gate)"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"settings differ: workload parameters us_per_item=20 vs "
                               "us_per_item=30"_s))
        << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"gate: FAILED"_s));
    // The same comparison without a gate, or with a gate above the change, passes.
    EXPECT_EQ(run({u"compare"_s, path(u"base.json"_s), path(u"slow.json"_s)}).exitCode, 0);
    EXPECT_EQ(run({u"compare"_s, path(u"base.json"_s), path(u"slow.json"_s),
                   u"--fail-on-regression"_s, u"250"_s})
                  .exitCode,
              0);
    // Reversed, it is an improvement.
    const auto back = run({u"compare"_s, path(u"slow.json"_s), path(u"base.json"_s),
                           u"--fail-on-regression"_s, u"5%"_s});
    EXPECT_EQ(back.exitCode, 0);
    EXPECT_TRUE(back.out.contains(u"improved"_s)) << qPrintable(back.out);
}

TEST_F(CompareCli, FormatsAndFiles)
{
    const QString md = path(u"c.md"_s), csv = path(u"c.csv"_s), json = path(u"c.json"_s);
    const auto r =
        run({u"compare"_s, path(u"base.json"_s), path(u"slow.json"_s), path(u"base.json"_s),
             u"--format"_s, u"json"_s, u"--md"_s, md, u"--csv"_s, csv, u"--json"_s, json});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root.value(u"comparisons"_s).toArray().size(), 2); // two NEW files
    for (const QString &f : {md, csv, json})
        EXPECT_TRUE(QFile::exists(f)) << qPrintable(f);
    QFile mdFile(md);
    ASSERT_TRUE(mdFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(mdFile.readAll().startsWith("## ParaBench comparison"));
}

TEST_F(CompareCli, BadInputHasSpecificMessagesAndWritesNothing)
{
    const QString out = path(u"never.md"_s);
    const auto expect = [&](const QStringList &args, const QString &needle) {
        const auto r = run(QStringList{u"compare"_s} + args + QStringList{u"--md"_s, out});
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(u' ') + u'\n' + r.err);
        EXPECT_TRUE(r.err.contains(needle))
            << "expected \"" << qPrintable(needle) << "\" in: " << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
        EXPECT_FALSE(QFile::exists(out));
    };
    expect({path(u"base.json"_s)}, u"needs BASE and at least one NEW"_s);
    expect({path(u"base.json"_s), path(u"missing.json"_s)}, u"does not exist"_s);
    expect({path(u"base.json"_s), path(u"base.gb.json"_s)},
           u"(ParaBench JSON) with "_s); // formats differ
    write(u"fine.json"_s, [] {
        QFile f(path(u"base.json"_s));
        f.open(QIODevice::ReadOnly);
        return f.readAll().replace("\"workload\": \"spin\"", "\"workload\": \"fine\"");
    }());
    expect({path(u"base.json"_s), path(u"fine.json"_s)},
           u"the workloads differ (spin vs fine), so no cell matches"_s);
    write(u"nan.json"_s, R"({"benchmarks": [{"name": "A", "real_time": NaN, "cpu_time": 1,
                               "time_unit": "ns"}]})");
    expect({path(u"base.gb.json"_s), path(u"nan.json"_s)}, u"contains NaN"_s);
    write(u"neg.json"_s, R"({"benchmarks": [{"name": "A", "real_time": -3, "cpu_time": 1,
                               "time_unit": "ns"}]})");
    expect({path(u"base.gb.json"_s), path(u"neg.json"_s)}, u"-3 is not a valid time"_s);
    write(u"notes.txt"_s, "hello");
    expect({path(u"base.json"_s), path(u"notes.txt"_s)}, u"is not valid JSON"_s);
    expect({path(u"base.json"_s), path(u"slow.json"_s), u"--noise"_s, u"lots"_s},
           u"--noise \"lots\": expected a percentage"_s);
    expect({path(u"base.json"_s), path(u"slow.json"_s), u"--alpha"_s, u"5"_s},
           u"--alpha \"5\": expected a probability"_s);
    const auto noDir = run({u"compare"_s, path(u"base.json"_s), path(u"slow.json"_s), u"--csv"_s,
                            u"/nonexistent-dir/c.csv"_s});
    EXPECT_EQ(noDir.exitCode, 2);
    EXPECT_TRUE(noDir.err.contains(u"does not exist"_s)) << qPrintable(noDir.err);
}

TEST_F(CompareCli, GoogleBenchmarkFilesCompareAndReport)
{
    const QString other = path(u"slow.gb.json"_s);
    const auto r = run({u"compare"_s, path(u"base.gb.json"_s), other});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"chunked @2"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"regressed"_s)) << qPrintable(r.out);
    const auto report = run({u"report"_s, path(u"base.gb.json"_s)});
    EXPECT_EQ(report.exitCode, 0) << qPrintable(report.err);
    EXPECT_TRUE(report.out.contains(u"speedup"_s));
    const auto two = run({u"report"_s, u"--format"_s, u"json"_s, path(u"base.json"_s), other});
    EXPECT_EQ(two.exitCode, 2);
    EXPECT_TRUE(two.err.contains(u"prints one document"_s)) << qPrintable(two.err);
}

TEST_F(CompareCli, ReportReadsAFolderAndListsWhatItSkips)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(path(u"base.json"_s), dir.filePath(u"a.json"_s)));
    ASSERT_TRUE(QFile::copy(path(u"slow.gb.json"_s), dir.filePath(u"b.json"_s)));
    QFile notes(dir.filePath(u"notes.txt"_s));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("not a result");
    notes.close();
    const auto r = run({u"report"_s, dir.path()});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out.count(u"ParaBench: "_s), 2) << qPrintable(r.out); // both results printed
    EXPECT_TRUE(r.err.contains(u"skipped notes.txt: "_s)) << qPrintable(r.err);
    const auto json = run({u"report"_s, u"--format"_s, u"json"_s, dir.path()});
    EXPECT_EQ(json.exitCode, 2);
    EXPECT_TRUE(json.err.contains(u"2 results were given"_s)) << qPrintable(json.err);
    EXPECT_TRUE(json.out.isEmpty());
}

TEST(SubcommandHelp, EachSubcommandHasItsOwnHelp)
{
    const auto compare = run({u"compare"_s, u"--help"_s});
    EXPECT_EQ(compare.exitCode, 0);
    for (const char *o : {"--alpha", "--noise", "--fail-on-regression", "--format", "--md", "--csv",
                          "--json", "--scaling"})
        EXPECT_TRUE(compare.out.contains(QLatin1String(o))) << o;
    EXPECT_TRUE(compare.out.contains(u"compare BASE NEW..."_s)) << qPrintable(compare.out);
    const auto report = run({u"report"_s, u"--help"_s});
    EXPECT_EQ(report.exitCode, 0);
    EXPECT_TRUE(report.out.contains(u"gbench"_s));
    const auto main = run({u"--help"_s});
    EXPECT_TRUE(main.out.contains(u"parabench-cli compare BASE NEW"_s)) << qPrintable(main.out);
    EXPECT_TRUE(main.out.contains(u"--gbench-json"_s));
}
