#include "core/workloads/fine.h"

#include "core/workloads/workloadutil.h"

namespace pb {

QString FineWorkload::description() const
{
    return QStringLiteral(
        "Each item is a double x in [0, 1); the kernel applies a short chain of dependent "
        "steps v = sqrt(1.5 v + 0.25) and returns the result, tens of nanoseconds of "
        "arithmetic with little memory traffic. At this grain the cost of handing out one "
        "item (QtConcurrent::mapped, map) is larger than the item itself: only chunked "
        "strategies, which give each thread long index ranges, can show a speedup. The "
        "reduction is the sum of the outputs.");
}

std::unique_ptr<WorkloadData> FineWorkload::prepare(qint64 n, const QVariantMap &params,
                                                    QString *error) const
{
    if (!wl::checkParamKeys(id(), params, {}, error))
        return nullptr;
    QList<double> input(n);
    for (qint64 i = 0; i < n; ++i)
        input[i] = wl::unitDouble(wl::splitmix64(quint64(i) ^ 0x66696e65ULL)); // "fine"
    // Outputs are square roots, never negative; -1 is never returned.
    return std::make_unique<FineData>(std::move(input), FineKernel{}, -1.0, 0.0, true);
}

} // namespace pb
