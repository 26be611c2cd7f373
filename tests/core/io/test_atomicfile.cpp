// replaceFileAtomically: every failing step leaves the old file byte-identical and no temporary
// file behind, with a message naming the file and the OS reason; non-regular files are refused.
#include "core/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

using namespace pb;

namespace {

int g_writeCalls = 0;

ssize_t writeNoSpace(int, const void *, size_t)
{
    errno = ENOSPC;
    return -1;
}
// The first call writes a few bytes, the next fails: a disk filling up mid-file.
ssize_t writeShortThenNoSpace(int fd, const void *buf, size_t count)
{
    if (g_writeCalls++ == 0)
        return ::write(fd, buf, std::min<size_t>(count, 5));
    errno = ENOSPC;
    return -1;
}
ssize_t writeNothing(int, const void *, size_t)
{
    return 0;
}
ssize_t writeInterruptedOnce(int fd, const void *buf, size_t count)
{
    if (g_writeCalls++ == 0) {
        errno = EINTR;
        return -1;
    }
    return ::write(fd, buf, std::min<size_t>(count, 3));
}
int fsyncIoError(int)
{
    errno = EIO;
    return -1;
}
int closeIoError(int fd)
{
    ::close(fd);
    errno = EIO;
    return -1;
}
int renameCrossDevice(const char *, const char *)
{
    errno = EXDEV;
    return -1;
}

struct Fault
{
    const char *name;
    AtomicFileOps ops;
    const char *reason; ///< expected in the message
};

QList<Fault> faults()
{
    const AtomicFileOps real = realAtomicFileOps();
    QList<Fault> list;
    for (bool tmpfile : {true, false}) {
        AtomicFileOps o = real;
        o.useTmpfile = tmpfile;
        AtomicFileOps w = o, s = o, z = o, f = o, c = o, r = o;
        w.write = writeNoSpace;
        s.write = writeShortThenNoSpace;
        z.write = writeNothing;
        f.fsync = fsyncIoError;
        c.close = closeIoError;
        r.rename = renameCrossDevice;
        list << Fault{"write ENOSPC", w, "No space left on device"}
             << Fault{"short write, then ENOSPC", s, "No space left on device"}
             << Fault{"write returns 0", z, "No space left on device"}
             << Fault{"fsync EIO", f, "Input/output error"}
             << Fault{"close EIO", c, "Input/output error"}
             << Fault{"rename EXDEV", r, "Invalid cross-device link"};
    }
    return list;
}

class AtomicFile : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    void TearDown() override { setAtomicFileOpsForTesting(nullptr); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AtomicFile, ReplacesContentAndKeepsPermissions)
{
    const QString target = path(QStringLiteral("r.json"));
    QString error;
    ASSERT_TRUE(replaceFileAtomically(target, "old", &error)) << qPrintable(error);
    ASSERT_EQ(::chmod(QFile::encodeName(target).constData(), 0640), 0);
    ASSERT_TRUE(replaceFileAtomically(target, "new content", &error)) << qPrintable(error);
    EXPECT_EQ(contents(target), QByteArray("new content"));
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(target).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("r.json")});
}

TEST_F(AtomicFile, EveryFailingStepLeavesTheOldFileAndNoTemporaryFile)
{
    const QString target = path(QStringLiteral("r.json"));
    const QByteArray old = "old content, byte for byte\n";
    for (const Fault &fault : faults()) {
        SCOPED_TRACE(std::string(fault.name) + (fault.ops.useTmpfile ? " (O_TMPFILE)" : ""));
        QString error;
        ASSERT_TRUE(replaceFileAtomically(target, old, &error)) << qPrintable(error);
        g_writeCalls = 0;
        setAtomicFileOpsForTesting(&fault.ops);
        EXPECT_FALSE(replaceFileAtomically(target, QByteArray(100000, 'x'), &error));
        setAtomicFileOpsForTesting(nullptr);
        EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write ") + target))
            << qPrintable(error);
        EXPECT_TRUE(error.contains(QLatin1String(fault.reason))) << qPrintable(error);
        EXPECT_TRUE(error.contains(QStringLiteral("unchanged"))) << qPrintable(error);
        EXPECT_FALSE(error.contains(QStringLiteral("Unknown error"))) << qPrintable(error);
        EXPECT_EQ(contents(target), old);
        EXPECT_EQ(entries(), QStringList{QStringLiteral("r.json")});
    }
}

TEST_F(AtomicFile, FailingNewFileIsNotCreated)
{
    for (const Fault &fault : faults()) {
        SCOPED_TRACE(std::string(fault.name) + (fault.ops.useTmpfile ? " (O_TMPFILE)" : ""));
        g_writeCalls = 0;
        setAtomicFileOpsForTesting(&fault.ops);
        QString error;
        EXPECT_FALSE(
            replaceFileAtomically(path(QStringLiteral("new.csv")), QByteArray(1000, 'y'), &error));
        setAtomicFileOpsForTesting(nullptr);
        EXPECT_TRUE(error.contains(QLatin1String(fault.reason))) << qPrintable(error);
        EXPECT_TRUE(entries().isEmpty()) << qPrintable(entries().join(QLatin1Char(' ')));
    }
}

TEST_F(AtomicFile, InterruptedAndPartialWritesAreResumed)
{
    AtomicFileOps ops = realAtomicFileOps();
    ops.write = writeInterruptedOnce; // EINTR once, then 3 bytes per call
    setAtomicFileOpsForTesting(&ops);
    g_writeCalls = 0;
    QString error;
    const QString target = path(QStringLiteral("r.md"));
    EXPECT_TRUE(replaceFileAtomically(target, "# a report of some length\n", &error))
        << qPrintable(error);
    EXPECT_EQ(contents(target), QByteArray("# a report of some length\n"));
}

TEST_F(AtomicFile, NonRegularFilesAreRefusedNeverReplaced)
{
    const QString fifo = path(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString error;
    EXPECT_FALSE(replaceFileAtomically(fifo, "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("FIFO"))) << qPrintable(error);
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));

    // /dev/null must stay a device, even for root.
    EXPECT_FALSE(replaceFileAtomically(QStringLiteral("/dev/null"), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("character device"))) << qPrintable(error);
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));

    EXPECT_FALSE(replaceFileAtomically(m_dir.path(), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("a directory"))) << qPrintable(error);
    EXPECT_FALSE(replaceFileAtomically(path(QStringLiteral("sub/")), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("names a directory"))) << qPrintable(error);
    EXPECT_EQ(checkReplaceableFile(QString()),
              QStringLiteral("cannot write: the file name is empty"));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("pipe")});
}

TEST_F(AtomicFile, SymbolicLinkIsWrittenThroughAndStaysALink)
{
    const QString real = path(QStringLiteral("real.json"));
    const QString link = path(QStringLiteral("link.json"));
    QString error;
    ASSERT_TRUE(replaceFileAtomically(real, "old", &error)) << qPrintable(error);
    ASSERT_TRUE(QFile::link(real, link));
    ASSERT_TRUE(replaceFileAtomically(link, "new", &error)) << qPrintable(error);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contents(real), QByteArray("new"));

    const QString dangling = path(QStringLiteral("dangling.json"));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("missing/x.json")), dangling));
    EXPECT_FALSE(replaceFileAtomically(dangling, "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("symbolic link to a missing file")))
        << qPrintable(error);
}
