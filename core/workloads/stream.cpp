#include "core/workloads/stream.h"

#include "core/workloads/workloadutil.h"

namespace pb {

QString StreamWorkload::description() const
{
    return QStringLiteral(
        "A saxpy-like map in the style of the STREAM triad: each item is a pair (x, y) of "
        "doubles in [0, 1) and the kernel returns 3 x + y. One multiply-add per 24 bytes "
        "moved: the run is limited by memory bandwidth, which all cores share, so the speedup "
        "flattens early however well the work is split; per-item dispatch (mapped, map) costs "
        "far more than the item itself. The default size is chosen to stay well beyond the "
        "caches while keeping memory use moderate, not to last a second. No reduction.");
}

std::unique_ptr<WorkloadData> StreamWorkload::prepare(qint64 n, const QVariantMap &params,
                                                      QString *error) const
{
    if (!wl::checkParamKeys(id(), params, {}, error))
        return nullptr;
    QList<StreamPair> input(n);
    for (qint64 i = 0; i < n; ++i) {
        const quint64 bits = wl::splitmix64(quint64(i));
        // Two values from one hash: the top 32 bits and the bottom 32 bits, each in [0, 1).
        input[i] = {double(bits >> 32) * 0x1.0p-32, double(bits & 0xffffffffu) * 0x1.0p-32};
    }
    // Outputs are in [0, 4); -1 is never returned.
    return std::make_unique<StreamData>(std::move(input), StreamKernel{3.0}, -1.0, 0.0, false);
}

} // namespace pb
