#pragma once
// Synthetic results for the chart tests: statistics come from core (summarize/applyBaseline),
// so the tests compare plotted points with what core stored, never with UI arithmetic.

#include "core/stats/statistics.h"
#include "ui/runentry.h"

#include <QColor>

namespace pb::ui::test {

/// Seven repetitions scattered around medianMs (deterministic).
inline QList<qint64> samplesAround(double medianMs)
{
    static const double jitter[] = {0.0, 0.02, -0.015, 0.035, -0.01, 0.05, -0.02};
    QList<qint64> s;
    for (double j : jitter)
        s.append(qint64(medianMs * (1.0 + j) * 1e6));
    return s;
}

inline CellResult makeCell(const QString &strategy, int workers, double medianMs,
                           const QList<qint64> &serialSamples)
{
    CellResult c;
    c.strategy = strategy;
    c.workers = workers;
    c.size = 30000; // makeResult's size
    c.samplesNs = samplesAround(medianMs);
    c.stats = pb::stats::summarize(c.samplesNs);
    if (!serialSamples.isEmpty())
        pb::stats::applyBaseline(c.stats, c.samplesNs, serialSamples, workers);
    c.verified = true;
    return c;
}

/// serial + two strategies × workers {1, 2, 4} on a 2-core machine, with Amdahl fits.
inline RunResult makeResult(double serialMs = 120.0, bool withFits = true)
{
    RunResult r;
    r.config.workload = QStringLiteral("primes");
    r.workloadName = QStringLiteral("primes");
    r.config.size = 30000;
    r.config.workers = {1, 2, 4};
    r.config.strategies = {QStringLiteral("serial"), QStringLiteral("mapped"),
                           QStringLiteral("chunked")};
    r.system.logicalCores = 2;
    r.system.cpuModel = QStringLiteral("Test CPU");
    const CellResult serial = makeCell(QStringLiteral("serial"), 1, serialMs, {});
    r.cells.append(serial);
    const double speedMapped[] = {0.95, 1.8, 1.9};
    const double speedChunked[] = {0.98, 1.9, 2.1};
    const int workers[] = {1, 2, 4};
    for (int i = 0; i < 3; ++i)
        r.cells.append(makeCell(QStringLiteral("mapped"), workers[i], serialMs / speedMapped[i],
                                serial.samplesNs));
    for (int i = 0; i < 3; ++i)
        r.cells.append(makeCell(QStringLiteral("chunked"), workers[i], serialMs / speedChunked[i],
                                serial.samplesNs));
    if (withFits) {
        r.fits.append({QStringLiteral("mapped"), 0.031, 0.97, 3});
        r.fits.append({QStringLiteral("chunked"), 0.012, 0.99, 3});
    }
    return r;
}

/// A granularity sweep: "chunked" at 2 workers over chunk sizes 1..4096 (best at 256).
inline RunResult makeSweepResult()
{
    RunResult r = makeResult(120.0, false);
    r.config.chunkSweep = {1, 16, 256, 4096};
    const CellResult serial = *r.baseline(r.config.size);
    r.cells = {serial};
    const double ms[] = {400.0, 90.0, 64.0, 75.0};
    for (int i = 0; i < 4; ++i) {
        CellResult c = makeCell(QStringLiteral("chunked"), 2, ms[i], serial.samplesNs);
        c.chunkSize = r.config.chunkSweep[i];
        r.cells.append(c);
    }
    return r;
}

inline RunEntry makeEntry(int id, const QString &label, const RunResult &result)
{
    RunEntry e;
    e.id = id;
    e.label = label;
    e.result = result;
    return e;
}

} // namespace pb::ui::test
