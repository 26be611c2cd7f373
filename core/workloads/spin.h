#pragma once

#include <parabench/specworkload.h>
#include <parabench/workloadutil.h>

#include <algorithm>
#include <cmath>

namespace pb {

/// Iterations of SpinSpec's loop that take 1 µs on one thread of this machine. Measured once
/// per process (best of several short runs), then cached; thread-safe.
double spinIterationsPerUs();

/// Calibration workload: every item runs a fixed number of dependent xorshift64 steps, CPU work
/// that cannot be skipped, overlapped or shortened, and does not scale when threads share a
/// core (unlike a clock-based wait).
struct SpinSpec
{
    using In = quint64;
    using Out = int;
    static constexpr double kDefaultUsPerItem = 10.0;
    static constexpr double kMinUsPerItem = 0.01;
    static constexpr double kMaxUsPerItem = 1e6;
    static constexpr WorkloadInfo info{
        .id = "spin",
        .name = "Calibrated spin",
        .description =
            "A calibration workload: every item runs the same fixed number of dependent "
            "xorshift64 steps, chosen so that one item costs us_per_item microseconds of CPU on "
            "one thread (the iterations per microsecond are measured once per process). "
            "Because the work is a count of instructions and not a clock-based wait, it slows "
            "down honestly when threads share a core, and the ideal parallel time is known in "
            "advance: n x us_per_item / workers. Use it to measure a strategy's overhead per "
            "item at a chosen grain. The output is the low 16 bits of the final state; the "
            "reduction is their sum.",
        .stresses = "calibration",
        .defaultSize = 50000,
        .reduction = "sum of final states"};
    /// Outputs are in [0, 0xffff]; -1 is never returned.
    static constexpr int sentinel = -1;

    static QList<ParamSpec> params()
    {
        return {ParamSpec::real("us_per_item", kDefaultUsPerItem, kMinUsPerItem, kMaxUsPerItem,
                                "CPU time of one item on one thread, in microseconds")};
    }

    SpinSpec() = default;
    explicit SpinSpec(qint64 iterations) : iterations(iterations) {}
    explicit SpinSpec(const Params &p)
        : iterations(
              std::max<qint64>(1, std::llround(p.real("us_per_item") * spinIterationsPerUs())))
    {
    }

    qint64 iterations = 1;

    In input(qint64 i) const { return wl::splitmix64(quint64(i) ^ 0x7370696eULL); } // "spin"

    Out operator()(const In &seed) const
    {
        quint64 s = seed | 1; // xorshift never leaves the state 0
        for (qint64 i = 0; i < iterations; ++i) {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
        }
        return int(s & 0xffff); // small, so the reduction sum stays exact
    }
};

using SpinData = SpecWorkload<SpinSpec>::Data;

} // namespace pb
