#pragma once

// Header-only and SDK-only on purpose: examples/plugins/fine builds this very spec a second
// time as a plugin, to show that a plugin workload costs what a built-in one does.

#include <parabench/specworkload.h>
#include <parabench/workloadutil.h>

#include <cmath>

namespace pb {

/// Fine-grained arithmetic map: a short chain of dependent multiply-add + square-root steps on
/// one double, ~tens of ns per item, where dispatch cost dominates.
struct FineSpec
{
    using In = double;
    using Out = double;
    static constexpr int kSteps = 10;
    static constexpr WorkloadInfo info{
        .id = "fine",
        .name = "Fine-grained arithmetic",
        .description =
            "Each item is a double x in [0, 1); the kernel applies a short chain of dependent "
            "steps v = sqrt(1.5 v + 0.25) and returns the result, tens of nanoseconds of "
            "arithmetic with little memory traffic. At this grain the cost of handing out one "
            "item (QtConcurrent::mapped, map) is larger than the item itself: only chunked "
            "strategies, which give each thread long index ranges, can show a speedup. The "
            "reduction is the sum of the outputs.",
        .stresses = "fine grain",
        .defaultSize = 10'000'000,
        .reduction = "sum of outputs"};
    /// Outputs are square roots, never negative; -1 is never returned.
    static constexpr double sentinel = -1.0;

    In input(qint64 i) const
    {
        return wl::unitDouble(wl::splitmix64(quint64(i) ^ 0x66696e65ULL)); // "fine"
    }

    Out operator()(const In &x) const
    {
        double v = x;
        for (int i = 0; i < kSteps; ++i)
            v = std::sqrt(v * 1.5 + 0.25);
        return v;
    }
};

using FineData = SpecWorkload<FineSpec>::Data;

} // namespace pb
