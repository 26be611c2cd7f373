#include "core/workloads/primes.h"

#include "core/workloads/workloadutil.h"

namespace pb {

QString PrimesWorkload::description() const
{
    return QStringLiteral(
        "Each item is an integer x; the kernel counts the primes p <= 2000 + (x mod 1000) by "
        "plain trial division by every d with d * d <= p. Items cost tens of microseconds and "
        "touch almost no memory, so this is the easy case for parallel maps: per-item dispatch "
        "overhead is negligible and the speedup should approach the number of cores. The "
        "reduction is the total prime count over all items.");
}

std::unique_ptr<WorkloadData> PrimesWorkload::prepare(qint64 n, const QVariantMap &params,
                                                      QString *error) const
{
    if (!wl::checkParamKeys(id(), params, {}, error))
        return nullptr;
    QList<int> input(n);
    for (qint64 i = 0; i < n; ++i)
        input[i] = int(wl::splitmix64(quint64(i)) & 0x7fffffff);
    // A count is at least 303 (the primes up to 2000), so -1 is never a real output.
    return std::make_unique<PrimesData>(std::move(input), PrimesKernel{}, -1, 0.0, true);
}

} // namespace pb
