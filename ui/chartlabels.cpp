#include "ui/chartlabels.h"

#include <algorithm>

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

QString contextTitle(const RunResult &r)
{
    const QString workload = r.workloadName.isEmpty() ? r.config.workload : r.workloadName;
    QString s = workload + kSep + QStringLiteral("n = ") + QString::number(r.config.size);
    if (r.system.logicalCores > 0)
        s += kSep + QString::number(r.system.logicalCores) + QStringLiteral(" logical cores");
    return s;
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
    }
    return {};
}

} // namespace pb::ui::chartlabels
