#include "ui/chartlabels.h"

#include <algorithm>
#include <functional>

namespace pb::ui::chartlabels {

namespace {
const QString kSep = QStringLiteral(" · ");
} // namespace

QString num(double v, int digits)
{
    return QString::number(v, 'g', digits);
}

TimeUnit timeUnitFor(double maxNs)
{
    if (maxNs >= 2e9)
        return {QStringLiteral("s"), 1e9};
    if (maxNs >= 1e6)
        return {QStringLiteral("ms"), 1e6};
    return {QStringLiteral("µs"), 1e3};
}

QString groupDigits(qint64 n)
{
    QString digits = QString::number(std::abs(n));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x202f));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString contextTitle(const RunResult &r)
{
    return contextTitle(QList<const RunResult *>{&r});
}

namespace {

// One part of the context: the shared value, or the distinct values ("3 sizes" beyond three).
QString contextPart(const QList<const RunResult *> &runs,
                    const std::function<QString(const RunResult &)> &value, const QString &prefix,
                    const QString &suffix, const QString &plural)
{
    QStringList values;
    for (const RunResult *r : runs)
        if (const QString v = value(*r); !v.isEmpty() && !values.contains(v))
            values.append(v);
    if (values.isEmpty())
        return {};
    if (values.size() > 3)
        return QString::number(values.size()) + QLatin1Char(' ') + plural;
    return prefix + values.join(QStringLiteral(", ")) + suffix;
}

} // namespace

QString contextTitle(const QList<const RunResult *> &runs)
{
    const QString workload = contextPart(
        runs,
        [](const RunResult &r) {
            return r.workloadName.isEmpty() ? r.config.workload : r.workloadName;
        },
        {}, {}, QStringLiteral("workloads"));
    const QString size = contextPart(
        runs,
        [](const RunResult &r) { // Google Benchmark files have no size
            return r.config.size > 0 ? groupDigits(r.config.size) : QString();
        },
        QStringLiteral("n = "), {}, QStringLiteral("sizes"));
    const QString cores = contextPart(
        runs,
        [](const RunResult &r) {
            return r.system.logicalCores > 0 ? QString::number(r.system.logicalCores) : QString();
        },
        {}, QStringLiteral(" logical cores"), QStringLiteral("machines"));
    QStringList parts;
    for (const QString &p : {workload, size, cores})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(kSep);
}

QString cellTooltip(const QString &series, const CellResult &c, const TimeUnit &u)
{
    const CellStats &s = c.stats;
    QString t = series + QStringLiteral("\nworkers: ") + QString::number(c.workers);
    if (c.chunkSize > 0)
        t += QStringLiteral("\nchunk size: ") + QString::number(c.chunkSize);
    t += QStringLiteral("\nmedian: %1 %2 (95% CI %3–%4 %2, n = %5)")
             .arg(num(s.medianNs / u.ns), u.name, num(s.medianCiLowNs / u.ns),
                  num(s.medianCiHighNs / u.ns), QString::number(s.n));
    if (s.speedup > 0)
        t += QStringLiteral("\nspeedup: %1× (95% CI %2–%3)\nefficiency: %4 %")
                 .arg(num(s.speedup), num(s.speedupCiLow), num(s.speedupCiHigh),
                      num(s.efficiency * 100, 3));
    if (!c.error.isEmpty())
        t += QStringLiteral("\nFAILED: ") + c.error;
    return t;
}

QString emptyMessage(ChartKind kind, const QList<RunEntry> &runs, const QList<RunEntry> &visible)
{
    if (runs.isEmpty())
        return QStringLiteral("No results yet — press Run to measure.");
    if (visible.isEmpty())
        return QStringLiteral("All runs are hidden — tick a run in the run list to show it.");
    const bool anyCells = std::any_of(visible.begin(), visible.end(),
                                      [](const RunEntry &r) { return !r.result.cells.isEmpty(); });
    if (!anyCells)
        return std::any_of(visible.begin(), visible.end(), [](const RunEntry &r) { return r.live; })
                   ? QStringLiteral("Measuring… results appear here as each cell finishes.")
                   : QStringLiteral("No results yet — press Run to measure.");
    if (kind == ChartKind::Granularity)
        return QStringLiteral("No granularity data — run a chunk-size sweep: tick \"Granularity "
                              "sweep\" in the Experiment panel (or parabench-cli --sweep auto).");
    const bool allSweeps = std::all_of(visible.begin(), visible.end(), [](const RunEntry &r) {
        return !r.result.config.chunkSweep.isEmpty();
    });
    if (allSweeps)
        return QStringLiteral("The visible runs are chunk-size sweeps: see the Granularity tab.");
    if (kind == ChartKind::Time)
        return QStringLiteral("No parallel results yet.");
    return QStringLiteral("No speedup data: the visible runs have no serial baseline yet.");
}

QString kindTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Time:
        return QStringLiteral("Time vs workers");
    case ChartKind::Speedup:
        return QStringLiteral("Speedup vs workers");
    case ChartKind::Efficiency:
        return QStringLiteral("Efficiency vs workers");
    case ChartKind::Granularity:
        return QStringLiteral("Time vs chunk size");
    case ChartKind::Change:
        return QStringLiteral("Change vs baseline");
    case ChartKind::Machines:
        return QStringLiteral("Best speedup per machine");
    }
    return {};
}

} // namespace pb::ui::chartlabels
