// checkOutputFiles / sameFile: one file named twice, however spelled, is caught.
#include "core/cli/outputpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace pb;
using namespace Qt::Literals::StringLiterals;

TEST(OutputPaths, SameFileHoweverSpelled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"out/sub"_s));
    const QString x = dir.filePath(u"out/x.json"_s);
    // Not existing yet: compared by canonical directory and name.
    EXPECT_TRUE(sameFile(x, dir.path() + u"/out/./x.json"_s));
    EXPECT_TRUE(sameFile(x, dir.path() + u"/out/sub/../x.json"_s));
    EXPECT_FALSE(sameFile(x, dir.filePath(u"out/y.json"_s)));
    EXPECT_FALSE(sameFile(x, dir.filePath(u"out/sub/x.json"_s)));
    ASSERT_TRUE(QFile::link(dir.filePath(u"out"_s), dir.filePath(u"alias"_s)));
    EXPECT_TRUE(sameFile(x, dir.filePath(u"alias/x.json"_s))); // directory reached by a link
    // Existing: device and inode.
    QFile f(x);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    ASSERT_TRUE(QFile::link(x, dir.filePath(u"link.json"_s)));
    ASSERT_EQ(::link(QFile::encodeName(x).constData(),
                     QFile::encodeName(dir.filePath(u"hard.json"_s)).constData()),
              0);
    EXPECT_TRUE(sameFile(x, dir.filePath(u"link.json"_s)));
    EXPECT_TRUE(sameFile(dir.filePath(u"hard.json"_s), dir.filePath(u"link.json"_s)));
    EXPECT_FALSE(sameFile(x, dir.filePath(u"out/y.json"_s)));
}

TEST(OutputPaths, CheckNamesTheOptionsAndTheProblem)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.json"_s);
    EXPECT_EQ(checkOutputFiles({{u"--json"_s, a}, {u"--csv"_s, dir.filePath(u"a.csv"_s)}}),
              QString());
    EXPECT_EQ(checkOutputFiles({{u"--json"_s, a}, {u"--md"_s, dir.path() + u"/./a.json"_s}}),
              u"--json %1 and --md %2/./a.json name the same file; give each output its own "
              "file"_s.arg(a, dir.path()));
    EXPECT_EQ(checkOutputFiles({{u"--md"_s, QString()}}), u"empty file name for --md"_s);
    EXPECT_TRUE(checkOutputFiles({{u"--csv"_s, u"/dev/zero"_s}}).contains(u"character device"_s));
    EXPECT_TRUE(checkOutputFiles({{u"--csv"_s, dir.filePath(u"no/such/dir/a.csv"_s)}})
                    .contains(u"does not exist"_s));
}
