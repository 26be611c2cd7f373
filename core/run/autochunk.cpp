#include "core/run/autochunk.h"

#include "core/run/registry.h"

#include <parabench/workloaddata.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace pb {

QList<qint64> autoChunkSweep(qint64 size, int workers)
{
    QList<qint64> sweep;
    const qint64 top = std::max<qint64>(1, size / std::max(1, workers));
    for (qint64 c = 1; c <= top; c *= 4)
        if (size / c <= kMaxQtConcurrentItems) // fewer chunks than QtConcurrent can count
            sweep.append(c);
    return sweep;
}

qint64 autoChunkSize(double nsPerItem, qint64 size, int workers, double targetNs)
{
    if (size < 1)
        return 1;
    const double perItem = nsPerItem > 0 ? nsPerItem : 1.0;
    // Rounded to a power of two, so run-to-run jitter of the measured cost rarely changes it.
    const double ideal = std::max(1.0, targetNs / perItem);
    qint64 chunk = qint64(1) << std::min(40, int(std::lround(std::log2(ideal))));
    // At least ~8 chunks per worker so the load balances even when items cost unevenly.
    const qint64 balanced = std::max<qint64>(1, size / (8 * qint64(std::max(1, workers))));
    chunk = std::min(chunk, balanced);
    // QtConcurrent counts the chunks in int: keep their number in its safe range.
    chunk = std::max(chunk, size / kMaxQtConcurrentItems + 1);
    return chunk;
}

double probeNsPerItem(const QString &workloadId, const QVariantMap &params, QString *error)
{
    const Workload *workload = findWorkload(workloadId);
    if (!workload) {
        if (error)
            *error = QStringLiteral("unknown workload \"%1\"").arg(workloadId);
        return -1;
    }
    // Grow the probe from one item until it takes ~5 ms, so tiny kernels are not timer noise
    // and a slow kernel (spin at 1 s per item) is measured on a single item, not 64.
    qint64 n = 1;
    for (;;) {
        QString err;
        auto data = workload->prepare(n, params, &err);
        if (!data) {
            if (error)
                *error = err;
            return -1;
        }
        QElapsedTimer timer;
        timer.start();
        data->computeRange(0, n);
        const qint64 ns = timer.nsecsElapsed();
        if (ns >= 5'000'000 || n >= (qint64(1) << 24))
            return double(ns) / double(n);
        n *= ns < 100'000 ? 16 : 4;
    }
}

} // namespace pb
