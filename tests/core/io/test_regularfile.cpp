// readRegularFile: only regular files, never blocking, never unbounded.
#include "core/io/regularfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace pb;

namespace {

class RegularFile : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    void write(const char *name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    QString refusal(const QString &file, qint64 maxBytes = 1024) const
    {
        QString error;
        QElapsedTimer clock;
        clock.start();
        EXPECT_FALSE(readRegularFile(file, maxBytes, &error).has_value()) << qPrintable(file);
        EXPECT_LT(clock.elapsed(), 2000) << qPrintable(file);
        EXPECT_TRUE(error.startsWith(QStringLiteral("cannot read ") + file + QStringLiteral(": ")))
            << qPrintable(error);
        return error;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RegularFile, ReadsARegularFileWhole)
{
    const QByteArray bytes(100000, 'x'); // more than one read() and than the first buffer
    write("a.json", bytes);
    QString error;
    const auto read = readRegularFile(path("a.json"), 1 << 20, &error);
    ASSERT_TRUE(read.has_value()) << qPrintable(error);
    EXPECT_EQ(*read, bytes);
    write("empty.json", {});
    EXPECT_EQ(readRegularFile(path("empty.json"), 10, &error), QByteArray());
}

TEST_F(RegularFile, ReadsThroughASymlinkToARegularFile)
{
    write("target.json", "{}");
    ASSERT_EQ(::symlink(QFile::encodeName(path("target.json")).constData(),
                        QFile::encodeName(path("link.json")).constData()),
              0);
    QString error;
    EXPECT_EQ(readRegularFile(path("link.json"), 10, &error), QByteArray("{}"));
}

TEST_F(RegularFile, RefusesSpecialFilesWithoutBlocking)
{
    ASSERT_EQ(::mkfifo(QFile::encodeName(path("fifo")).constData(), 0600), 0);
    EXPECT_TRUE(refusal(path("fifo")).contains(QStringLiteral("named pipe (FIFO)")));
    EXPECT_TRUE(refusal(QStringLiteral("/dev/zero")).contains(QStringLiteral("it is a device")));
    EXPECT_TRUE(refusal(QStringLiteral("/dev/null")).contains(QStringLiteral("it is a device")));
    EXPECT_TRUE(refusal(m_dir.path()).contains(QStringLiteral("it is a directory")));
    ASSERT_EQ(::symlink("/dev/zero", QFile::encodeName(path("zero.json")).constData()), 0);
    EXPECT_TRUE(refusal(path("zero.json")).contains(QStringLiteral("it is a device")));
}

TEST_F(RegularFile, RefusesMissingAndOversizedFiles)
{
    EXPECT_TRUE(refusal(path("nope.json")).contains(QStringLiteral("file does not exist")));
    EXPECT_TRUE(refusal(QString()).contains(QStringLiteral("no file name given")));
    write("big.json", QByteArray(2048, 'x'));
    EXPECT_TRUE(
        refusal(path("big.json"), 1024)
            .contains(QStringLiteral("the file is 2.0 KiB; files over 1.0 KiB are refused")));
    // A file the size says is empty but that has content (as /proc files do) is still capped.
    QString error;
    const auto status = readRegularFile(QStringLiteral("/proc/self/status"), 1 << 20, &error);
    ASSERT_TRUE(status.has_value()) << qPrintable(error);
    EXPECT_TRUE(status->startsWith("Name:"));
    EXPECT_TRUE(refusal(QStringLiteral("/proc/self/status"), 16)
                    .contains(QStringLiteral("it holds more than 16 bytes")));
}

TEST_F(RegularFile, RefusesUnreadableFiles)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "running as root: permissions do not stop reads";
    write("secret.json", "{}");
    QFile::setPermissions(path("secret.json"), QFileDevice::WriteOwner);
    EXPECT_TRUE(refusal(path("secret.json")).contains(QStringLiteral("permission denied")));
}
