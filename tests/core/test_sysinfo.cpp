#include "core/model/result.h"
#include "core/model/units.h"
#include "core/sys/procstats.h"
#include "core/sys/sysinfo.h"

#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <sys/mman.h>

using namespace pb;

TEST(ProcStats, MemoryAndLoadValuesArePlausible)
{
    const qint64 rss = proc::currentRssBytes();
    EXPECT_GT(rss, 0);
    EXPECT_GE(proc::peakRssBytes(), rss);
    EXPECT_GT(proc::totalMemoryBytes(), rss);
    EXPECT_GT(proc::availableMemoryBytes(), 0);
    EXPECT_LE(proc::availableMemoryBytes(), proc::totalMemoryBytes());
    EXPECT_GE(proc::loadAverage1(), 0.0);
    EXPECT_FALSE(proc::cpuModel().isEmpty());
    EXPECT_FALSE(proc::cpuGovernor().isEmpty());
}

TEST(ProcStats, RunQueueWaitIsMonotonic)
{
    const qint64 first = proc::runQueueWaitNs();
    ASSERT_GE(first, 0);
    QThread::yieldCurrentThread();
    EXPECT_GE(proc::runQueueWaitNs(), first);
}

TEST(ProcStats, ResetPeakRssDropsTheHighWaterMark)
{
    constexpr size_t kBytes = 64u * 1024 * 1024;
    const qint64 before = proc::currentRssBytes();
    // mmap, not malloc: a sanitizer's allocator keeps freed memory in quarantine, so only
    // munmap is sure to give the pages back.
    void *mapped =
        mmap(nullptr, kBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(mapped, MAP_FAILED);
    char *block = static_cast<char *>(mapped);
    std::memset(block, 1, kBytes); // touch every page so it becomes resident
    const qint64 peakWithBlock = proc::peakRssBytes();
    EXPECT_GE(peakWithBlock, before + qint64(kBytes) * 9 / 10);
    // Keep the compiler from dropping the writes.
    volatile char sink = block[kBytes / 2];
    (void)sink;
    ASSERT_EQ(munmap(mapped, kBytes), 0);
    ASSERT_TRUE(proc::resetPeakRss());
    const qint64 peakAfterReset = proc::peakRssBytes();
    EXPECT_LT(peakAfterReset, peakWithBlock - qint64(kBytes) / 2);
}

TEST(SystemInfo, FieldsAreFilled)
{
    const SystemInfo info = collectSystemInfo();
    EXPECT_EQ(info.logicalCores, QThread::idealThreadCount());
    EXPECT_FALSE(info.cpuModel.isEmpty());
    EXPECT_EQ(info.qtVersion, QString::fromLatin1(qVersion()));
    EXPECT_FALSE(info.compiler.isEmpty());
    EXPECT_NE(info.compiler, QStringLiteral("unknown"));
    EXPECT_FALSE(info.buildType.isEmpty());
    EXPECT_FALSE(info.parabenchVersion.isEmpty());
    EXPECT_FALSE(info.hostname.isEmpty());
    EXPECT_FALSE(info.os.isEmpty());
    EXPECT_FALSE(info.cpuGovernor.isEmpty());
    EXPECT_GT(info.totalMemoryBytes, 0);
    EXPECT_TRUE(info.date.isValid());
    EXPECT_EQ(info.date.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(info.date.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(info.sanitized, isSanitizedBuild());
}

TEST(SystemInfo, CompilerNameMatchesMacros)
{
#if defined(__clang__)
    EXPECT_TRUE(compilerName().startsWith(QStringLiteral("Clang ")));
#elif defined(__GNUC__)
    EXPECT_EQ(
        compilerName(),
        QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__));
#endif
}

TEST(RunStatusNames, RoundTripAndRejectUnknown)
{
    EXPECT_EQ(runStatusName(RunStatus::Complete), QStringLiteral("complete"));
    EXPECT_EQ(runStatusName(RunStatus::Canceled), QStringLiteral("canceled"));
    EXPECT_EQ(runStatusName(RunStatus::Failed), QStringLiteral("failed"));
    for (RunStatus s : {RunStatus::Complete, RunStatus::Canceled, RunStatus::Failed})
        EXPECT_EQ(runStatusFromName(runStatusName(s)), s);
    EXPECT_FALSE(runStatusFromName(QStringLiteral("Complete")).has_value());
    EXPECT_FALSE(runStatusFromName(QString()).has_value());
}

TEST(Units, DurationsPickAUnitWithThreeDigits)
{
    EXPECT_EQ(formatDuration(812), QStringLiteral("812 ns"));
    EXPECT_EQ(formatDuration(812000), QStringLiteral("812 µs"));
    EXPECT_EQ(formatDuration(12345678), QStringLiteral("12.3 ms"));
    EXPECT_EQ(formatDuration(1.234e9), QStringLiteral("1.23 s"));
    EXPECT_EQ(formatDuration(999999), QStringLiteral("1.00 ms"));
    EXPECT_EQ(formatDuration(99960), QStringLiteral("100 µs"));
}

TEST(Units, BytesUseBinaryUnits)
{
    EXPECT_EQ(formatBytes(512), QStringLiteral("512 B"));
    EXPECT_EQ(formatBytes(1536), QStringLiteral("1.50 KiB"));
    EXPECT_EQ(formatBytes(64.0 * 1024 * 1024), QStringLiteral("64.0 MiB"));
    EXPECT_EQ(formatBytes(-1), QStringLiteral("unknown"));
}

TEST(ProcStats, CpuBusyFractionSeesABusyThread)
{
    const double idle = pb::proc::cpuBusyFraction(100);
    ASSERT_GE(idle, 0.0) << "/proc/stat unreadable";
    EXPECT_LE(idle, 1.0);
    // One thread spinning on a machine with N CPUs makes at least ~1/N of them busy.
    std::atomic_bool stop{false};
    std::thread spinner([&] {
        while (!stop.load(std::memory_order_relaxed)) {
        }
    });
    const double busy = pb::proc::cpuBusyFraction(200);
    stop = true;
    spinner.join();
    EXPECT_GE(busy, 0.8 / std::max(1, QThread::idealThreadCount()));
}
