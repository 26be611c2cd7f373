// parabench-cli --stream: the JSON lines a program running parabench-cli reads (progress, each
// finished cell, the final result), what happens to them on a crash, and the options it refuses.
#include "clirun.h"
#include "core/run/streamprotocol.h"

using namespace pb;
using namespace pb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<StreamMessage> messages(const QString &out)
{
    QList<StreamMessage> list;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        QString error;
        const auto m = parseStreamLine(line.toUtf8(), &error);
        EXPECT_TRUE(m.has_value()) << qPrintable(error) << ": " << qPrintable(line.left(200));
        if (m)
            list << *m;
    }
    return list;
}

int count(const QList<StreamMessage> &list, StreamMessage::Kind kind)
{
    return int(std::count_if(list.cbegin(), list.cend(),
                             [kind](const StreamMessage &m) { return m.kind == kind; }));
}

} // namespace

TEST(CliStream, ProgressEachCellAndTheResultAsJsonLines)
{
    const CliResult r =
        runCliWith({u"--stream"_s, u"-w"_s, u"fine"_s, u"-n"_s, u"20000"_s, u"-j"_s, u"1,2"_s,
                    u"-s"_s, u"serial,mapped"_s, u"-r"_s, u"2"_s, u"--warmup"_s, u"0"_s,
                    u"--order"_s, u"sequential"_s}); // one cell message per finished cell
    ASSERT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QList<StreamMessage> list = messages(r.out);
    ASSERT_FALSE(list.isEmpty());
    EXPECT_EQ(list.constFirst().kind, StreamMessage::Kind::Progress);
    EXPECT_EQ(count(list, StreamMessage::Kind::Cell), 3); // serial, mapped x 1, mapped x 2
    EXPECT_EQ(count(list, StreamMessage::Kind::Result), 1);
    ASSERT_EQ(list.constLast().kind, StreamMessage::Kind::Result);
    const RunResult &result = list.constLast().result;
    EXPECT_EQ(result.status, RunStatus::Complete);
    ASSERT_EQ(result.cells.size(), 3);
    for (const CellResult &cell : result.cells) {
        EXPECT_TRUE(cell.verified);
        EXPECT_EQ(cell.samplesNs.size(), 2);
    }
    // Each cell message holds the cells so far; the progress names the cell being measured.
    int cells = 0;
    QString lastStrategy;
    for (const StreamMessage &m : list) {
        if (m.kind == StreamMessage::Kind::Cell) {
            EXPECT_EQ(m.result.cells.size(), ++cells);
        }
        if (m.kind == StreamMessage::Kind::Progress)
            lastStrategy = m.progress.strategy;
    }
    EXPECT_EQ(lastStrategy, u"mapped"_s);
}

TEST(CliStream, ACrashLeavesTheLinesWrittenBefore)
{
    // mapped x 2 segfaults on its first pass over item 1000 (serial is not parallel).
    const CliResult r = runCliWith({u"--stream"_s, u"--no-plugin-scan"_s,
                                    u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_FAULTY),
                                    u"-w"_s,       u"faulty"_s,
                                    u"-n"_s,       u"5000"_s,
                                    u"-j"_s,       u"2"_s,
                                    u"-s"_s,       u"serial,mapped"_s,
                                    u"-r"_s,       u"1"_s,
                                    u"--warmup"_s, u"0"_s,
                                    u"-p"_s,       u"fault=segfault"_s,
                                    u"-p"_s,       u"parallel_only=true"_s,
                                    u"--order"_s,  u"sequential"_s});
    EXPECT_TRUE(r.crashed);
    EXPECT_EQ(r.exitCode, 11);
    const QList<StreamMessage> list = messages(r.out);
    EXPECT_EQ(count(list, StreamMessage::Kind::Cell), 1); // serial
    EXPECT_EQ(count(list, StreamMessage::Kind::Result), 0);
    ASSERT_FALSE(list.isEmpty());
    ASSERT_EQ(list.constLast().kind, StreamMessage::Kind::Progress);
    EXPECT_EQ(list.constLast().progress.strategy, u"mapped"_s);
    EXPECT_EQ(list.constLast().progress.workers, 2);
}

TEST(CliStream, FilesAndListingsAreRefused)
{
    for (const QString &other : {u"--json=x.json"_s, u"--list"_s, u"--format=csv"_s}) {
        const CliResult r = runCliWith({u"--stream"_s, other});
        EXPECT_EQ(r.exitCode, 2) << qPrintable(other);
        EXPECT_TRUE(r.err.contains(u"--stream writes JSON lines to standard output"_s))
            << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty());
    }
}
