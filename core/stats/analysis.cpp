#include "core/stats/analysis.h"

#include "core/stats/amdahl.h"
#include "core/stats/statistics.h"
#include "core/stats/warnings.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace pb {

void fitStrategies(RunResult &result)
{
    result.fits.clear();
    if (!result.config.chunkSweep.isEmpty())
        return; // a sweep varies the chunk size, not the workers
    QMap<QString, QList<SpeedupPoint>> points;
    QStringList order;
    // Amdahl's law models w workers on w cores: past the logical cores the curve flattens
    // because there are no more CPUs, which the fit would misread as serial work.
    const int cores = result.system.logicalCores > 0 ? result.system.logicalCores : INT_MAX;
    for (const CellResult &c : result.cells) {
        if (c.strategy == QLatin1String("serial") || !c.error.isEmpty() || c.stats.n == 0 ||
            c.stats.speedup <= 0 || c.workers > cores)
            continue;
        if (!points.contains(c.strategy))
            order.append(c.strategy);
        points[c.strategy].append({c.workers, c.stats.speedup});
    }
    for (const QString &s : order)
        if (auto fit = fitAmdahl(s, points.value(s)))
            result.fits.append(*fit);
}

void analyzeCell(RunResult &result, qsizetype index)
{
    CellResult &c = result.cells[index];
    c.stats = stats::summarize(c.samplesNs);
    if (c.strategy == QLatin1String("serial")) {
        // The baseline against itself: exactly 1, no uncertainty (bootstrapping it against
        // its own samples as if independent would invent a spread).
        c.stats.speedup = c.stats.speedupCiLow = c.stats.speedupCiHigh = 1.0;
        c.stats.efficiency = 1.0;
        return;
    }
    const CellResult *base = result.baseline();
    if (base && !base->samplesNs.isEmpty() && !c.samplesNs.isEmpty()) {
        // By value: the baseline lives in the same list as the cell being written.
        const QList<qint64> serialSamples = base->samplesNs;
        stats::applyBaseline(c.stats, c.samplesNs, serialSamples, c.workers);
    }
}

void analyzeResult(RunResult &result, const QList<Warning> &runnerWarnings, int firstNewCell)
{
    analyzeCells(result, firstNewCell);
    result.warnings = runnerWarnings;
    result.warnings.append(analyzeWarnings(result));
}

void analyzeCells(RunResult &result, int firstNewCell)
{
    for (qsizetype i = std::max(0, firstNewCell); i < result.cells.size(); ++i)
        analyzeCell(result, i);
    fitStrategies(result);
}

} // namespace pb
