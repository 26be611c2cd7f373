#include "core/workloads/montecarlo.h"

namespace pb {

QString MonteCarloWorkload::description() const
{
    return QStringLiteral(
        "Each item is a 64-bit seed; the kernel draws 512 points uniformly in the unit square "
        "from a SplitMix64 stream started at that seed and returns 4 x (fraction of points "
        "inside the quarter circle), an estimate of π. Items are independent, equal in cost "
        "(about a microsecond or two) and touch no shared memory: a medium-grain compute map "
        "where per-item dispatch starts to show. The reduction is the sum of the estimates; "
        "their mean approaches π.");
}

std::unique_ptr<WorkloadData> MonteCarloWorkload::prepare(qint64 n, const QVariantMap &params,
                                                          QString *error) const
{
    if (!wl::checkParamKeys(id(), params, {}, error))
        return nullptr;
    QList<quint64> input(n);
    for (qint64 i = 0; i < n; ++i)
        input[i] = wl::splitmix64(quint64(i) ^ 0x6d6f6e7465636172ULL); // "montecar"
    // Estimates are in [0, 4]; -1 is never returned.
    return std::make_unique<MonteCarloData>(std::move(input), MonteCarloKernel{kPointsPerItem},
                                            -1.0, 0.0, true);
}

} // namespace pb
