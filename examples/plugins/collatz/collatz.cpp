// A trivial ParaBench workload: how many Collatz steps take n down to 1.
#include <parabench/plugin.h>

struct Collatz
{
    using In = quint64; // the start value n
    using Out = int;    // the number of steps

    static constexpr pb::WorkloadInfo info{
        .id = "collatz",
        .name = "Collatz steps",
        .description =
            "Each item is a start value n = i + 1; the kernel counts the steps n -> n / 2 (n "
            "even) or 3 n + 1 (n odd) until n reaches 1. Neighbouring items differ wildly in "
            "cost (from none to hundreds of steps), so static partitioning balances well only "
            "on average. The reduction is the total number of steps.",
        .stresses = "compute, irregular cost",
        .defaultSize = 2'000'000,
        .reduction = "total steps"};

    // Deterministic: item i always gets the same input, whichever thread generates it.
    In input(qint64 i) const { return quint64(i) + 1; }

    // The kernel: one item, no shared state.
    Out operator()(const In &start) const
    {
        quint64 n = start;
        int steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            ++steps;
        }
        return steps;
    }
};

PARABENCH_REGISTER_WORKLOAD(Collatz);
