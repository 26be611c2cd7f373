// /proc readings: memory, load, run-queue wait, CPU busy share.
#include "core/sys/procstats.h"

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
