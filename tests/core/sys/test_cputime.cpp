// Process CPU time with threads excluded from the measurement, and the VM steal counter.
#include "core/sys/cputime.h"
#include "core/sys/procstats.h"

#include <gtest/gtest.h>

#include <thread>

using namespace pb;

namespace {

/// Burns `ns` of this thread's CPU time (not wall time: the machine may be busy).
void burnCpu(qint64 ns)
{
    const qint64 start = cputime::threadCpuNs();
    volatile double x = 1;
    while (cputime::threadCpuNs() - start < ns)
        for (int i = 0; i < 10000; ++i)
            x = x * 1.0000001 + 1e-9;
}

constexpr qint64 kBurnNs = 150'000'000;

} // namespace

TEST(CpuTime, CountsTheWorkOfEveryThread)
{
    const qint64 before = cputime::measuredCpuNs();
    ASSERT_GE(before, 0);
    std::thread worker([] { burnCpu(kBurnNs); });
    worker.join();
    EXPECT_GE(cputime::measuredCpuNs() - before, kBurnNs);
}

TEST(CpuTime, ExcludedThreadsDoNotCount)
{
    const qint64 before = cputime::measuredCpuNs();
    std::thread gui([] {
        cputime::ExcludeThisThread exclude;
        EXPECT_EQ(cputime::excludedThreadCount(), 1);
        burnCpu(kBurnNs);
    });
    gui.join();
    EXPECT_EQ(cputime::excludedThreadCount(), 0);
    // This thread only waited in join(); the excluded one burnt 150 ms that must not show.
    EXPECT_LT(cputime::measuredCpuNs() - before, kBurnNs / 3);
}

TEST(CpuTime, ReadingsStayMonotonicWhenAThreadLeaves)
{
    std::atomic_bool registered{false}, leave{false};
    std::thread t([&] {
        cputime::ExcludeThisThread exclude;
        burnCpu(kBurnNs / 3);
        registered = true;
        while (!leave)
            std::this_thread::yield();
    });
    while (!registered)
        std::this_thread::yield();
    const qint64 during = cputime::measuredCpuNs();
    leave = true;
    t.join();
    // Its time since registration stays subtracted after it unregisters.
    EXPECT_GE(cputime::measuredCpuNs(), during);
    EXPECT_LT(cputime::measuredCpuNs() - during, kBurnNs / 3);
}

TEST(CpuTime, RegisteringTwiceCountsOnce)
{
    cputime::ExcludeThisThread outer;
    {
        cputime::ExcludeThisThread inner;
        EXPECT_EQ(cputime::excludedThreadCount(), 1);
    }
    EXPECT_EQ(cputime::excludedThreadCount(), 1); // still registered by `outer`
    const qint64 before = cputime::measuredCpuNs();
    burnCpu(kBurnNs / 3);
    EXPECT_LT(cputime::measuredCpuNs() - before, kBurnNs / 6);
}

TEST(ProcStats, StealIsReadableAndMonotonic)
{
    const qint64 first = proc::stealNs();
    ASSERT_GE(first, 0); // 0 on bare metal, ticks of 10 ms in a VM
    EXPECT_EQ(first % 10'000'000, 0);
    EXPECT_GE(proc::stealNs(), first);
}
