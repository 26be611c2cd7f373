#include "core/compare/comparer.h"

#include "core/compare/cellmatch.h"
#include "core/compare/mismatch.h"
#include "core/compare/verdict.h"
#include "core/stats/mannwhitney.h"
#include "core/stats/statistics.h"

#include <QSet>

namespace pb {
namespace {

QString oneLine(QString s)
{
    return s.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

/// A side that cannot be compared: its error, or that it has no samples.
QString failure(const CellResult &c)
{
    if (!c.error.isEmpty())
        return oneLine(c.error);
    if (c.samplesNs.isEmpty())
        return QStringLiteral("no samples");
    return {};
}

CellComparison compareCell(const RunResult &base, const CellResult &b, const CellResult &n,
                           const CompareOptions &options)
{
    CellComparison out;
    out.key = cellKey(base, b);
    out.nBase = int(b.samplesNs.size());
    out.nNew = int(n.samplesNs.size());
    const QString baseFailure = failure(b);
    const QString newFailure = failure(n);
    if (!baseFailure.isEmpty() || !newFailure.isEmpty()) {
        out.verdict = Verdict::Failed;
        QStringList why;
        if (!baseFailure.isEmpty())
            why << QStringLiteral("BASE: ") + baseFailure;
        if (!newFailure.isEmpty())
            why << QStringLiteral("NEW: ") + newFailure;
        out.note = why.join(QStringLiteral("; "));
        out.gateFailed = failsGate(out, baseFailure.isEmpty(), options);
        return out;
    }
    const QList<double> bs = stats::toDoubles(b.samplesNs);
    const QList<double> ns = stats::toDoubles(n.samplesNs);
    out.baseMedianNs = stats::median(bs);
    out.newMedianNs = stats::median(ns);
    if (out.baseMedianNs > 0) {
        out.ratio = out.newMedianNs / out.baseMedianNs;
        const stats::Interval ci = stats::bootstrapRatioOfMediansCi(ns, bs, options.resamples);
        out.ratioLow = ci.low;
        out.ratioHigh = ci.high;
    }
    out.pValue = stats::mannWhitneyU(bs, ns).pValue;
    if (out.nBase < kMinSamplesForVerdict || out.nNew < kMinSamplesForVerdict) {
        out.verdict = Verdict::TooFewSamples;
        out.note = QStringLiteral("too few samples (n=%1 vs %2): cannot reach significance")
                       .arg(out.nBase)
                       .arg(out.nNew);
        return out;
    }
    out.verdict = decideVerdict(out.pValue, out.ratioLow - 1, out.ratioHigh - 1, options);
    out.gateFailed = failsGate(out, false, options);
    return out;
}

bool severalSizes(const QList<CellKey> &keys)
{
    QSet<qint64> sizes;
    for (const CellKey &k : keys)
        sizes.insert(k.size);
    return sizes.size() > 1;
}

} // namespace

Comparison compareResults(const RunResult &base, const RunResult &next,
                          const CompareOptions &options, const QString &baseName,
                          const QString &newName)
{
    Comparison out;
    out.baseName = baseName;
    out.newName = newName;
    out.warnings = mismatchWarnings(base, next);
    const CellMatch match = matchCells(base, next);
    out.warnings += match.duplicates;
    QList<CellKey> all;
    for (const auto &[b, n] : match.common) {
        out.cells.append(compareCell(base, *b, *n, options));
        all.append(out.cells.constLast().key);
    }
    for (const CellResult *c : match.onlyInBase)
        out.onlyInBase.append(cellKey(base, *c));
    for (const CellResult *c : match.onlyInNew)
        out.onlyInNew.append(cellKey(next, *c));
    out.sizesDiffer = severalSizes(all + out.onlyInBase + out.onlyInNew);
    return out;
}

QString noCommonCellsReason(const Comparison &comparison, const RunResult &base,
                            const RunResult &next)
{
    if (!comparison.cells.isEmpty())
        return {};
    if (base.cells.isEmpty() || next.cells.isEmpty())
        return QStringLiteral("%1 has no cells")
            .arg(base.cells.isEmpty() ? comparison.baseName : comparison.newName);
    if (base.config.workload != next.config.workload)
        return QStringLiteral("the workloads differ (%1 vs %2), so no cell matches")
            .arg(base.config.workload, next.config.workload);
    if (base.config.size != next.config.size)
        return QStringLiteral("the sizes differ (%1 vs %2 items), so no cell matches")
            .arg(base.config.size)
            .arg(next.config.size);
    return QStringLiteral("no cell (strategy, workers, chunk) was measured in both");
}

} // namespace pb
