// Output paths and standard output: the same file twice (however spelled), non-regular files,
// empty names, and a standard output that cannot be written are refused or reported.
#include "clirun.h"

#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using pb::test::CliResult;
using pb::test::dirEntries;
using pb::test::fileBytes;
using pb::test::runCliWith;
using pb::test::writeBytes;

namespace {

const QStringList kTiny{u"-w"_s,       u"primes"_s, u"-n"_s, u"200"_s, u"-r"_s, u"2"_s,
                        u"--warmup"_s, u"0"_s,      u"-j"_s, u"1"_s,   u"-q"_s};

void expectRefused(const QStringList &args, const QString &needle)
{
    const CliResult r = runCliWith(kTiny + args);
    EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(u' ')) << "\n" << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(needle)) << qPrintable(needle) << " not in: " << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << "it ran: " << qPrintable(r.out.left(200));
}

} // namespace

TEST(CliOutputs, SameFileUnderTwoOptionsIsRefusedBeforeRunning)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"x.json"_s);
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"out"_s));
    expectRefused({u"--json"_s, a, u"--csv"_s, a}, u"name the same file"_s);
    expectRefused({u"--json"_s, a, u"--md"_s, dir.path() + u"/out/../x.json"_s},
                  u"name the same file"_s);
    expectRefused({u"--csv"_s, dir.path() + u"/./x.json"_s, u"--md"_s, a}, u"name the same file"_s);
    // Existing files: symbolic and hard links are the same file too.
    writeBytes(a, "old");
    ASSERT_TRUE(QFile::link(a, dir.filePath(u"sym.json"_s)));
    ASSERT_EQ(::link(QFile::encodeName(a).constData(),
                     QFile::encodeName(dir.filePath(u"hard.json"_s)).constData()),
              0);
    expectRefused({u"--json"_s, a, u"--csv"_s, dir.filePath(u"sym.json"_s)},
                  u"name the same file"_s);
    expectRefused({u"--json"_s, dir.filePath(u"hard.json"_s), u"--md"_s, a},
                  u"name the same file"_s);
    EXPECT_EQ(fileBytes(a), QByteArray("old"));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"out/x.json"_s)));
}

TEST(CliOutputs, NonRegularFilesAndEmptyNamesAreRefused)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectRefused({u"--json"_s, fifo}, u"FIFO"_s);
    expectRefused({u"--csv"_s, u"/dev/null"_s}, u"character device"_s);
    expectRefused({u"--md"_s, dir.path()}, u"is a directory"_s);
    expectRefused({u"--json"_s, u""_s}, u"empty file name for --json"_s);
    expectRefused({u"--csv"_s, u""_s}, u"empty file name for --csv"_s);
    struct stat st;
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    EXPECT_EQ(dirEntries(dir.path()), QStringList{u"fifo"_s});
}

TEST(CliOutputs, FullStandardOutputIsAnError)
{
    QProcess p;
    p.setStandardOutputFile(u"/dev/full"_s);
    p.start(QStringLiteral(PARABENCH_CLI_PATH), kTiny);
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 3);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(u"cannot write to standard output: No space left on device"_s))
        << qPrintable(err);
}

TEST(CliOutputs, ClosedStandardOutputIsAnErrorAndFilesStayClean)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"r.json"_s);
    const CliResult r =
        runCliWith(kTiny + QStringList{u"--json"_s, json}, [] { ::close(STDOUT_FILENO); });
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 3) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(u"cannot write to standard output: it is closed"_s))
        << qPrintable(r.err);
    // The report meant for stdout must not end up in a file that took descriptor 1.
    EXPECT_TRUE(fileBytes(json).startsWith("{")) << fileBytes(json).left(80).constData();
    const CliResult help = runCliWith({u"--help"_s}, [] { ::close(STDOUT_FILENO); });
    EXPECT_EQ(help.exitCode, 3);
}
