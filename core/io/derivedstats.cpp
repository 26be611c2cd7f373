#include "core/io/derivedstats.h"

#include "core/stats/analysis.h"

#include <cmath>

namespace pb {

namespace {

bool same(double stored, double computed)
{
    if (std::isnan(stored) || std::isnan(computed))
        return std::isnan(stored) && std::isnan(computed);
    // The writer stores the shortest text that reads back to the same double: equal unless
    // edited. The tolerance only absorbs other tools' formatting.
    return std::abs(stored - computed) <= 1e-9 * std::max(std::abs(stored), std::abs(computed));
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

/// The first field where two statistics differ, as "medianNs is 5 in the file, 8012345 from
/// its samples"; empty when they agree.
QString firstDifference(const CellStats &stored, const CellStats &computed)
{
    if (stored.n != computed.n)
        return QStringLiteral("stats.n is %1 in the file, but the cell has %2 samples")
            .arg(stored.n)
            .arg(computed.n);
    const struct
    {
        const char *name;
        double CellStats::*field;
    } fields[] = {{"minNs", &CellStats::minNs},
                  {"maxNs", &CellStats::maxNs},
                  {"medianNs", &CellStats::medianNs},
                  {"meanNs", &CellStats::meanNs},
                  {"stddevNs", &CellStats::stddevNs},
                  {"medianCiLowNs", &CellStats::medianCiLowNs},
                  {"medianCiHighNs", &CellStats::medianCiHighNs},
                  {"relCiWidth", &CellStats::relCiWidth},
                  {"speedup", &CellStats::speedup},
                  {"speedupCiLow", &CellStats::speedupCiLow},
                  {"speedupCiHigh", &CellStats::speedupCiHigh},
                  {"efficiency", &CellStats::efficiency}};
    for (const auto &f : fields)
        if (!same(stored.*f.field, computed.*f.field))
            return QStringLiteral("stats.%1 is %2 in the file, %3 from the samples")
                .arg(QLatin1String(f.name), number(stored.*f.field), number(computed.*f.field));
    if (stored.outlierIndices != computed.outlierIndices)
        return QStringLiteral("stats.outlierIndices differ from the samples' outliers");
    if (stored.karpFlatt.has_value() != computed.karpFlatt.has_value() ||
        (stored.karpFlatt && !same(*stored.karpFlatt, *computed.karpFlatt)))
        return QStringLiteral("stats.karpFlatt is %1 in the file, %2 from the samples")
            .arg(stored.karpFlatt ? number(*stored.karpFlatt) : QStringLiteral("null"),
                 computed.karpFlatt ? number(*computed.karpFlatt) : QStringLiteral("null"));
    return {};
}

/// The real fits: entries without a fit, and "fits" from fewer points than a fit needs
/// (written by builds before that rule), are not compared — the recomputed entries replace them.
QList<AmdahlFit> realFits(const QList<AmdahlFit> &fits)
{
    QList<AmdahlFit> out;
    for (const AmdahlFit &f : fits)
        if (f.fitted && f.points >= AmdahlFit::kMinPoints)
            out.append(f);
    return out;
}

QString fitsDifference(const QList<AmdahlFit> &storedFits, const QList<AmdahlFit> &computedFits)
{
    const QList<AmdahlFit> stored = realFits(storedFits), computed = realFits(computedFits);
    if (stored.size() != computed.size())
        return QStringLiteral("%1 Amdahl fits in the file, %2 from the cells")
            .arg(stored.size())
            .arg(computed.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const AmdahlFit &a = stored[i];
        const AmdahlFit &b = computed[i];
        // Files from before size sweeps have no size (0).
        if (a.strategy != b.strategy || a.points != b.points || (a.size != 0 && a.size != b.size) ||
            !same(a.serialFraction, b.serialFraction) || !same(a.rSquared, b.rSquared) ||
            a.clamped != b.clamped)
            return QStringLiteral("%1: serial fraction %2 in the file, %3 from the cells")
                .arg(b.strategy, number(a.serialFraction), number(b.serialFraction));
    }
    return {};
}

} // namespace

bool recomputeDerivedStatistics(RunResult &result)
{
    const QList<CellResult> storedCells = result.cells;
    const QList<AmdahlFit> storedFits = result.fits;
    analyzeCells(result);
    qsizetype differing = 0;
    QString first;
    for (qsizetype i = 0; i < result.cells.size(); ++i) {
        const QString diff = firstDifference(storedCells[i].stats, result.cells[i].stats);
        if (diff.isEmpty())
            continue;
        if (differing++ == 0)
            first = QStringLiteral("cells[%1] (%2, %3): %4")
                        .arg(i)
                        .arg(result.cells[i].strategy,
                             result.cells[i].workers == 1
                                 ? QStringLiteral("1 worker")
                                 : QStringLiteral("%1 workers").arg(result.cells[i].workers),
                             diff);
    }
    const QString fits = fitsDifference(storedFits, result.fits);
    if (differing == 0 && fits.isEmpty())
        return false;
    const QString what =
        differing > 0
            ? QStringLiteral("the statistics stored for %1 do not match their samples (first: "
                             "%2); shown as recomputed from the samples")
                  .arg(differing == 1 ? QStringLiteral("1 cell")
                                      : QStringLiteral("%1 cells").arg(differing),
                       first)
            : QStringLiteral("the Amdahl fits stored in the file do not match its cells (%1); "
                             "shown as recomputed")
                  .arg(fits);
    result.warnings.append({QStringLiteral("stats-recomputed"), what,
                            QStringLiteral("the file was edited or written by another tool; the "
                                           "samples are what was measured"),
                            QString(), 0, 0});
    return true;
}

} // namespace pb
