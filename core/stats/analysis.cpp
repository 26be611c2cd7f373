#include "core/stats/analysis.h"

#include "core/stats/amdahl.h"
#include "core/stats/breakeven.h"
#include "core/stats/costmodel.h"
#include "core/stats/cpuuse.h"
#include "core/stats/statistics.h"
#include "core/stats/warnings.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace pb {
namespace {

/// Amdahl fits of one size: a fit needs AmdahlFit::kMinPoints worker counts up to the
/// logical cores; with fewer, an entry says so instead of a number.
void fitSize(const RunResult &result, qint64 size, QList<AmdahlFit> &fits)
{
    QMap<QString, QList<SpeedupPoint>> points;
    QStringList order;
    // Amdahl's law models w workers on w cores: past the logical cores the curve flattens
    // because there are no more CPUs, which the fit would misread as serial work.
    const int cores = result.system.logicalCores > 0 ? result.system.logicalCores : INT_MAX;
    for (const CellResult &c : result.cells) {
        if (c.size != size || c.strategy == QLatin1String("serial") || !c.error.isEmpty() ||
            c.stats.n == 0 || c.stats.speedup <= 0 || c.workers > cores)
            continue;
        if (!points.contains(c.strategy))
            order.append(c.strategy);
        points[c.strategy].append({c.workers, c.stats.speedup});
    }
    for (const QString &s : order) {
        const QList<SpeedupPoint> &p = points[s];
        std::optional<AmdahlFit> fit =
            p.size() >= AmdahlFit::kMinPoints ? fitAmdahl(s, p) : std::nullopt;
        if (!fit) {
            fit = AmdahlFit{};
            fit->strategy = s;
            fit->points = int(p.size());
            fit->fitted = false;
        }
        fit->size = size;
        fits.append(*fit);
    }
}

} // namespace

void fitStrategies(RunResult &result)
{
    result.fits.clear();
    if (!result.config.chunkSweep.isEmpty())
        return; // a sweep varies the chunk size, not the workers
    for (qint64 size : result.sizes())
        fitSize(result, size, result.fits);
}

void analyzeCell(RunResult &result, qsizetype index)
{
    CellResult &c = result.cells[index];
    c.stats = stats::summarize(c.samplesNs);
    c.stats.cpuUtilisation = stats::cpuUtilisation(c, result.system.logicalCores);
    if (c.strategy == QLatin1String("serial")) {
        // The baseline against itself: exactly 1, no uncertainty (bootstrapping it against
        // its own samples as if independent would invent a spread).
        c.stats.speedup = c.stats.speedupCiLow = c.stats.speedupCiHigh = 1.0;
        c.stats.efficiency = 1.0;
        return;
    }
    const CellResult *base = result.baseline(c.size);
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
    analyzeSweep(result);
}

void analyzeSweep(RunResult &result)
{
    result.breakEvens = breakEvens(result);
    result.costModels = costModels(result);
}

void reanalyzeLoaded(RunResult &result)
{
    const QStringList derived = analysisWarningCodes();
    QList<Warning> kept;
    for (const Warning &w : result.warnings)
        if (!derived.contains(w.code))
            kept.append(w);
    result.warnings = kept;
    result.warnings.append(analyzeWarnings(result));
}

} // namespace pb
