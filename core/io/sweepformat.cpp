#include "core/io/sweepformat.h"

#include "core/model/units.h"
#include "core/stats/cpuuse.h"

#include <QMap>

#include <cmath>

namespace pb::fmt {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', fraction < 0.1 ? 1 : 0);
}

const CostModel *serialModel(const RunResult &r)
{
    for (const CostModel &m : r.costModels)
        if (m.strategy == QLatin1String("serial"))
            return &m;
    return nullptr;
}

} // namespace

QString workersLabel(int w)
{
    return QStringLiteral("%1 worker%2").arg(w).arg(w == 1 ? QString() : QStringLiteral("s"));
}

QString sizesText(const RunResult &r)
{
    const QList<qint64> sizes = r.sizes();
    if (sizes.size() == 1)
        return QStringLiteral("%1 items").arg(formatCount(sizes.constFirst()));
    return QStringLiteral("%1 … %2 items (%3 sizes)")
        .arg(formatCount(sizes.constFirst()), formatCount(sizes.constLast()))
        .arg(sizes.size());
}

QString cpuUseText(const CellStats &s)
{
    return s.cpuUtilisation >= 0 ? QStringLiteral("%1 %").arg(s.cpuUtilisation * 100, 0, 'f', 0)
                                 : QStringLiteral("–");
}

QString stealText(const CellResult &cell, int logicalCores)
{
    const double share = stats::stealShare(cell, logicalCores);
    return share >= 0 ? percent(share) : QStringLiteral("–");
}

QString breakEvenText(const BreakEven &b, const RunResult &r)
{
    switch (b.kind) {
    case BreakEvenKind::Interpolated:
        return QStringLiteral("pays off above ≈ %1 items (between %2 and %3)")
            .arg(formatApproxCount(b.size), formatCount(b.below), formatCount(b.above));
    case BreakEvenKind::Bracketed:
        return QStringLiteral("pays off above a size between %1 and %2 items")
            .arg(formatCount(b.below), formatCount(b.above));
    case BreakEvenKind::AtSmallest:
        return QStringLiteral("pays off already at the smallest size (%1 items)")
            .arg(formatCount(qint64(b.size)));
    case BreakEvenKind::NotReached:
        break;
    }
    return QStringLiteral("does not pay off up to %1 items (not reached in the range)")
        .arg(formatCount(r.sizes().constLast()));
}

const BreakEven *findBreakEven(const RunResult &r, const QString &strategy, int workers)
{
    for (const BreakEven &b : r.breakEvens)
        if (b.strategy == strategy && b.workers == workers)
            return &b;
    return nullptr;
}

QStringList breakEvenSummary(const RunResult &r)
{
    // One worker cannot beat serial: the sentence is about parallel worker counts.
    QMap<int, QStringList> byWorkers;
    for (const BreakEven &b : r.breakEvens) {
        if (b.workers < 2)
            continue;
        QString what;
        switch (b.kind) {
        case BreakEvenKind::Interpolated:
            what = QStringLiteral("pays off above ≈ %1 items").arg(formatApproxCount(b.size));
            break;
        case BreakEvenKind::Bracketed:
            what = QStringLiteral("pays off above %1–%2 items")
                       .arg(formatCount(b.below), formatCount(b.above));
            break;
        case BreakEvenKind::AtSmallest:
            what = QStringLiteral("pays off already at %1 items (the smallest size)")
                       .arg(formatCount(qint64(b.size)));
            break;
        case BreakEvenKind::NotReached:
            what = QStringLiteral("does not pay off up to %1 items")
                       .arg(formatCount(r.sizes().constLast()));
            break;
        }
        byWorkers[b.workers] << QStringLiteral("%1 %2").arg(b.strategy, what);
    }
    QStringList lines;
    for (auto it = byWorkers.cbegin(); it != byWorkers.cend(); ++it)
        lines << QStringLiteral("With %1: %2.")
                     .arg(workersLabel(it.key()), it.value().join(QStringLiteral("; ")));
    return lines;
}

QString costModelText(const CostModel &m)
{
    // Per-item costs of a few ns need a decimal that formatDuration() drops.
    const QString perItem =
        std::abs(m.perItemNs) < 100
            ? QStringLiteral("%1 ns").arg(m.perItemNs, 0, 'f', std::abs(m.perItemNs) < 10 ? 2 : 1)
            : formatDuration(m.perItemNs);
    QString text = QStringLiteral("%1 fixed + %2/item (R² %3, %4 sizes)")
                       .arg(formatDuration(m.fixedNs), perItem, formatRatio(m.rSquared, 3))
                       .arg(m.points);
    if (m.fixedClamped)
        text += QStringLiteral("; fixed cost clamped at 0 (the free fit was negative)");
    return text;
}

QString modelBreakEvenText(const CostModel &m, const RunResult &r)
{
    const CostModel *serial = serialModel(r);
    if (!serial || m.strategy == QLatin1String("serial"))
        return QString();
    if (m.perItemNs >= serial->perItemNs)
        return QStringLiteral("never beats serial (no cheaper per item)");
    const double n = (m.fixedNs - serial->fixedNs) / (serial->perItemNs - m.perItemNs);
    if (n <= 0)
        return QStringLiteral("beats serial at every size");
    return QStringLiteral("beats serial above ≈ %1 items").arg(formatApproxCount(n));
}

QString fitText(const AmdahlFit &fit, int logicalCores)
{
    const QString cores = logicalCores > 0 ? QString::number(logicalCores) : QStringLiteral("?");
    if (!fit.fitted)
        return QStringLiteral("no fit: not enough points (%1 worker count%2 ≤ %3 cores; need %4)")
            .arg(fit.points)
            .arg(fit.points == 1 ? QString() : QStringLiteral("s"), cores)
            .arg(AmdahlFit::kMinPoints);
    const QString quality =
        QStringLiteral("R² %1, %2 %3")
            .arg(formatRatio(fit.rSquared, 3))
            .arg(fit.points)
            .arg(fit.points == 1 ? QStringLiteral("point") : QStringLiteral("points"));
    if (fit.clamped && fit.serialFraction <= 0)
        return QStringLiteral("f = 0 (clamped: speedups at or above ideal; %1)").arg(quality);
    if (fit.clamped && fit.serialFraction >= 1)
        return QStringLiteral("f = 1 (clamped: no faster than on 1 worker; %1)").arg(quality);
    return QStringLiteral("serial fraction f = %1 (%2)")
        .arg(formatRatio(fit.serialFraction, 3), quality);
}

QStringList fitLines(const RunResult &r)
{
    const bool sweep = r.isSizeSweep();
    const int cores = r.system.logicalCores;
    QStringList lines, strategies;
    for (const AmdahlFit &f : r.fits)
        if (!strategies.contains(f.strategy))
            strategies << f.strategy;
    for (const QString &s : strategies) {
        QList<const AmdahlFit *> fits;
        bool anyFitted = false;
        for (const AmdahlFit &f : r.fits)
            if (f.strategy == s) {
                fits << &f;
                anyFitted = anyFitted || f.fitted;
            }
        if (sweep && !anyFitted) { // the same sentence at every size says nothing new
            lines << QStringLiteral("%1: %2, at every size").arg(s, fitText(*fits.first(), cores));
            continue;
        }
        for (const AmdahlFit *f : fits)
            lines << (sweep ? QStringLiteral("%1, %2 items: %3")
                                  .arg(s, formatCount(f->size), fitText(*f, cores))
                            : QStringLiteral("%1: %2").arg(s, fitText(*f, cores)));
    }
    return lines;
}

} // namespace pb::fmt
