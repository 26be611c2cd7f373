// Every result writer on a full disk: exit code 3, a message naming the file and the OS reason,
// the old file byte-identical, no new or temporary file. Two real faults: a full 64 KiB tmpfs
// (needs root; skipped where mounting is not permitted) and a file-size limit (RLIMIT_FSIZE,
// works for anyone). The injected faults (short write, EIO from fsync/close, failing rename) are
// in tests/core/io/test_atomicfile.cpp.
#include "clirun.h"

#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using pb::test::CliResult;
using pb::test::dirEntries;
using pb::test::fileBytes;
using pb::test::runCliWith;
using pb::test::writeBytes;

namespace {

const QStringList kRun{u"-w"_s, u"fine"_s, u"-n"_s,           u"1000"_s, u"--warmup"_s,
                       u"0"_s,  u"-j"_s,   u"1,2"_s,          u"-r"_s,   u"5"_s,
                       u"-q"_s, u"-s"_s,   u"serial,mapped"_s};
const QByteArray kOld =
    QByteArray("an earlier result that must survive byte for byte\n").repeated(8);

struct Writer
{
    QString option;
    QString file;
};
const QList<Writer> kWriters{
    {u"--json"_s, u"r.json"_s}, {u"--csv"_s, u"r.csv"_s}, {u"--md"_s, u"r.md"_s}};

/// Runs each writer against `dir` twice (onto an existing file, and a new one) and checks the
/// promise; `reason` is the OS's words for the fault.
void expectEveryWriterFailsCleanly(const QString &dir, const QString &reason,
                                   const std::function<void()> &inChild = {})
{
    for (const Writer &w : kWriters) {
        SCOPED_TRACE(qPrintable(w.option));
        const QString existing = dir + u"/"_s + w.file;
        writeBytes(existing, kOld);
        const QStringList before = dirEntries(dir);
        const CliResult r = runCliWith(kRun + QStringList{w.option, existing}, inChild);
        EXPECT_FALSE(r.crashed);
        EXPECT_EQ(r.exitCode, 3) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"cannot write "_s + existing + u": "_s + reason))
            << qPrintable(r.err);
        EXPECT_FALSE(r.err.contains(u"Unknown error"_s)) << qPrintable(r.err);
        EXPECT_EQ(fileBytes(existing), kOld);
        EXPECT_EQ(dirEntries(dir), before);

        const QString fresh = dir + u"/new-"_s + w.file;
        const CliResult n = runCliWith(kRun + QStringList{w.option, fresh}, inChild);
        EXPECT_EQ(n.exitCode, 3) << qPrintable(n.err);
        EXPECT_TRUE(n.err.contains(u"cannot write "_s + fresh + u": "_s + reason))
            << qPrintable(n.err);
        EXPECT_EQ(dirEntries(dir), before);
    }
}

} // namespace

TEST(CliDiskFull, FullTmpfsLosesNothing)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root; RLIMIT_FSIZE covers the rest";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") != 0)
        GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
    struct Unmount
    {
        QByteArray path;
        ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
    } unmount{mountPoint};
    for (const Writer &w : kWriters)
        writeBytes(dir.filePath(w.file), kOld);
    // Fill the rest of the file system.
    QFile filler(dir.filePath(u"filler"_s));
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) {
    }
    filler.close();
    expectEveryWriterFailsCleanly(dir.path(), u"No space left on device"_s);
}

TEST(CliDiskFull, FileSizeLimitLosesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Any result is longer than 64 bytes; the limit gives EFBIG instead of SIGXFSZ when ignored.
    expectEveryWriterFailsCleanly(dir.path(), u"File too large"_s, [] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64, 64};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}
