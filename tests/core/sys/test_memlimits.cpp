// Memory limits: cgroup v1/v2 files (fake trees), RLIMIT_AS against the address space in use.
#include "core/sys/memlimits.h"
#include "core/sys/procstats.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/resource.h>

using namespace pb;
using namespace Qt::Literals::StringLiterals;

namespace {

void put(const QString &path, const QByteArray &text)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

constexpr qint64 kMiB = qint64(1) << 20;

} // namespace

TEST(MemLimits, CgroupV2TightestAncestorWins)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"fs"_s);
    put(dir.filePath(u"cgroup"_s), "0::/user.slice/app.scope\n");
    put(root + u"/user.slice/app.scope/memory.max"_s, "max\n");
    put(root + u"/user.slice/app.scope/memory.current"_s, QByteArray::number(100 * kMiB));
    put(root + u"/user.slice/memory.max"_s, QByteArray::number(1024 * kMiB));
    put(root + u"/user.slice/memory.current"_s, QByteArray::number(700 * kMiB));
    const proc::MemoryRoom room = proc::cgroupMemoryRoom(dir.filePath(u"cgroup"_s), root);
    EXPECT_EQ(room.bytes, 324 * kMiB);
    EXPECT_EQ(room.limit, 1024 * kMiB);
    EXPECT_TRUE(room.what.contains(u"memory.max"_s)) << qPrintable(room.what);
}

TEST(MemLimits, CgroupV1MemoryControllerAndNoLimit)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"fs"_s);
    put(dir.filePath(u"cgroup"_s), "5:cpu,cpuacct:/x\n4:memory:/docker/abc\n0::/\n");
    put(root + u"/memory/docker/abc/memory.limit_in_bytes"_s, QByteArray::number(512 * kMiB));
    put(root + u"/memory/docker/abc/memory.usage_in_bytes"_s, QByteArray::number(600 * kMiB));
    proc::MemoryRoom room = proc::cgroupMemoryRoom(dir.filePath(u"cgroup"_s), root);
    EXPECT_EQ(room.bytes, 0); // over the limit already: no room, not a negative number
    EXPECT_TRUE(room.what.contains(u"memory.limit_in_bytes"_s)) << qPrintable(room.what);
    // v1's "no limit" is a huge number: no room limit at all.
    put(root + u"/memory/docker/abc/memory.limit_in_bytes"_s, "9223372036854771712\n");
    room = proc::cgroupMemoryRoom(dir.filePath(u"cgroup"_s), root);
    EXPECT_EQ(room.bytes, -1);
    EXPECT_EQ(proc::cgroupMemoryRoom(dir.filePath(u"missing"_s), root).bytes, -1);
}

TEST(MemLimits, AddressSpaceRoomFollowsRlimitAs)
{
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_AS, &saved), 0);
    const qint64 used = proc::virtualSizeBytes();
    ASSERT_GT(used, 0);
    rlimit limit = saved;
    limit.rlim_cur = rlim_t(used + 512 * kMiB);
    ASSERT_EQ(::setrlimit(RLIMIT_AS, &limit), 0);
    const proc::MemoryRoom room = proc::addressSpaceRoom();
    ASSERT_EQ(::setrlimit(RLIMIT_AS, &saved), 0);
    EXPECT_NEAR(double(room.bytes), double(512 * kMiB), double(16 * kMiB));
    EXPECT_TRUE(room.what.contains(u"ulimit -v"_s)) << qPrintable(room.what);
    EXPECT_TRUE(proc::describeRoom(room).contains(u" leaves "_s));
    if (saved.rlim_cur == RLIM_INFINITY) {
        EXPECT_EQ(proc::addressSpaceRoom().bytes, -1);
    }
}
