#pragma once

#include <parabench/specworkload.h>
#include <parabench/workloadutil.h>

namespace pb {

/// Monte Carlo π: per item, 512 uniform points in the unit square from a SplitMix64 stream
/// seeded by the item, ~1–2 µs each.
struct MonteCarloSpec
{
    using In = quint64;
    using Out = double;
    static constexpr int kPointsPerItem = 512;
    static constexpr WorkloadInfo info{
        .id = "montecarlo",
        .name = "Monte Carlo π",
        .description =
            "Each item is a 64-bit seed; the kernel draws 512 points uniformly in the unit "
            "square from a SplitMix64 stream started at that seed and returns 4 x (fraction of "
            "points inside the quarter circle), an estimate of π. Items are independent, equal "
            "in cost (about a microsecond or two) and touch no shared memory: a medium-grain "
            "compute map where per-item dispatch starts to show. The reduction is the sum of "
            "the estimates; their mean approaches π.",
        .stresses = "compute, medium grain",
        .defaultSize = 400000,
        .reduction = "sum of π estimates (mean π = sum / n)"};
    /// Estimates are in [0, 4]; -1 is never returned.
    static constexpr double sentinel = -1.0;

    int points = kPointsPerItem;

    In input(qint64 i) const { return wl::splitmix64(quint64(i) ^ 0x6d6f6e7465636172ULL); }

    Out operator()(const In &seed) const
    {
        quint64 state = seed;
        int inside = 0;
        for (int i = 0; i < points; ++i) {
            const double x = wl::unitDouble(wl::splitmix64(state++));
            const double y = wl::unitDouble(wl::splitmix64(state++));
            inside += (x * x + y * y < 1.0) ? 1 : 0;
        }
        return 4.0 * double(inside) / double(points);
    }
};

using MonteCarloData = SpecWorkload<MonteCarloSpec>::Data;

} // namespace pb
