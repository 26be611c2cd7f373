#pragma once

#include <parabench/specworkload.h>
#include <parabench/workloadutil.h>

namespace pb {

/// Prime counting: one trial-division count per item, ~tens of µs each (coarse, CPU-bound).
struct PrimesSpec
{
    using In = int;
    using Out = int;
    static constexpr WorkloadInfo info{
        .id = "primes",
        .name = "Prime counting",
        .description =
            "Each item is an integer x; the kernel counts the primes p <= 2000 + (x mod 1000) by "
            "plain trial division by every d with d * d <= p. Items cost tens of microseconds "
            "and touch almost no memory, so this is the easy case for parallel maps: per-item "
            "dispatch overhead is negligible and the speedup should approach the number of "
            "cores. The reduction is the total prime count over all items.",
        .stresses = "compute",
        .defaultSize = 30000,
        .reduction = "total prime count"};
    /// A count is at least 303 (the primes up to 2000), so -1 is never a real output.
    static constexpr int sentinel = -1;

    In input(qint64 i) const { return int(wl::splitmix64(quint64(i)) & 0x7fffffff); }

    Out operator()(const In &x) const
    {
        const int limit = 2000 + ((x % 1000) + 1000) % 1000;
        int count = 0;
        for (int k = 2; k <= limit; ++k)
            count += isPrime(k) ? 1 : 0;
        return count;
    }
    static bool isPrime(int k)
    {
        for (int d = 2; d * d <= k; ++d) {
            if (k % d == 0)
                return false;
        }
        return true;
    }
};

using PrimesData = SpecWorkload<PrimesSpec>::Data;

} // namespace pb
