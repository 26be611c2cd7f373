#pragma once

// Small RunResults for the comparison tests: samples chosen so the verdict is known.

#include "core/model/result.h"

namespace pb::testdata {

inline CellResult timedCell(const QString &strategy, int workers, const QList<qint64> &samples)
{
    CellResult c;
    c.strategy = strategy;
    c.workers = workers;
    c.size = 30000;
    c.samplesNs = samples;
    c.verified = true;
    return c;
}

/// Five samples around `medianNs`, spread ±0.2 %.
inline QList<qint64> around(qint64 medianNs)
{
    const qint64 d = medianNs / 500;
    return {medianNs - 2 * d, medianNs - d, medianNs, medianNs + d, medianNs + 2 * d};
}

inline RunResult runWith(const QList<CellResult> &cells,
                         const QString &workload = QStringLiteral("primes"))
{
    RunResult r;
    r.config.workload = workload;
    r.config.size = 30000;
    r.system.hostname = QStringLiteral("host-a");
    r.system.cpuModel = QStringLiteral("Test CPU");
    r.system.logicalCores = 8;
    r.system.buildType = QStringLiteral("Release");
    r.cells = cells;
    return r;
}

} // namespace pb::testdata
