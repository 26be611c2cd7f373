#pragma once

#include <parabench/specworkload.h>
#include <parabench/workloadutil.h>

namespace pb {

/// One element of the two input vectors of a saxpy.
struct StreamPair
{
    double x = 0;
    double y = 0;
};

/// Memory-bound saxpy-like map, a * x + y: a few ns of arithmetic per 24 bytes moved.
struct StreamSpec
{
    using In = StreamPair;
    using Out = double;
    static constexpr WorkloadInfo info{
        .id = "stream",
        .name = "Stream (a·x + y)",
        .description =
            "A saxpy-like map in the style of the STREAM triad: each item is a pair (x, y) of "
            "doubles in [0, 1) and the kernel returns 3 x + y. One multiply-add per 24 bytes "
            "moved: the run is limited by memory bandwidth, which all cores share, so the "
            "speedup flattens early however well the work is split; per-item dispatch (mapped, "
            "map) costs far more than the item itself. The default size is chosen to stay well "
            "beyond the caches while keeping memory use moderate, not to last a second. No "
            "reduction.",
        .stresses = "memory bandwidth, fine grain",
        .defaultSize = 20'000'000};
    /// Outputs are in [0, 4); -1 is never returned.
    static constexpr double sentinel = -1.0;

    double a = 3.0;

    In input(qint64 i) const
    {
        const quint64 bits = wl::splitmix64(quint64(i));
        // Two values from one hash: the top 32 bits and the bottom 32 bits, each in [0, 1).
        return {double(bits >> 32) * 0x1.0p-32, double(bits & 0xffffffffu) * 0x1.0p-32};
    }

    Out operator()(const In &p) const { return a * p.x + p.y; }
};

using StreamData = SpecWorkload<StreamSpec>::Data;

} // namespace pb
