#pragma once

#include "ui/chartkind.h"
#include "ui/runentry.h"

#include <QList>
#include <QString>

namespace pb::ui::chartlabels {

/// How times in nanoseconds are shown on an axis: unit name and nanoseconds per unit.
struct TimeUnit
{
    QString name;
    double ns = 1e6;
};

/// µs, ms or s, so the largest value reads as a small number.
TimeUnit timeUnitFor(double maxNs);
/// v with `digits` significant digits.
QString num(double v, int digits = 4);
/// "primes · n = 30 000 · 2 logical cores".
QString contextTitle(const RunResult &r);
/// The context of several overlaid runs: what they share, and the values where they differ
/// ("primes, fine · n = 1 500, 10 000 · 2 logical cores"); more than three values are counted.
QString contextTitle(const QList<const RunResult *> &runs);
/// 30000 → "30 000" (narrow no-break spaces between groups of three digits).
QString groupDigits(qint64 n);
/// Exact numbers of one cell for a hover tooltip.
QString cellTooltip(const QString &series, const CellResult &c, const TimeUnit &u);
/// Why a chart has nothing to draw, and what to do about it.
QString emptyMessage(ChartKind kind, const QList<RunEntry> &runs, const QList<RunEntry> &visible);
/// "Speedup vs workers" etc.
QString kindTitle(ChartKind kind);

} // namespace pb::ui::chartlabels
