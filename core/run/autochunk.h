#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace pb {

// The automatic chunk size of "chunked" and the sweep's chunk sizes, from a per-item cost.

/// Chunk sizes of an automatic granularity sweep: 1, 4, 16, ... up to size / workers.
QList<qint64> autoChunkSweep(qint64 size, int workers);

/// Chunk size that makes a chunk cost about targetNs, from a per-item cost estimate.
qint64 autoChunkSize(double nsPerItem, qint64 size, int workers, double targetNs = 100e3);

/// Measures the serial per-item cost of a workload on a short probe (a few ms). Returns -1 and
/// sets *error for invalid params.
double probeNsPerItem(const QString &workloadId, const QVariantMap &params, QString *error);

} // namespace pb
