#include "core/stats/plausibility.h"

#include "core/model/units.h"
#include "core/stats/cpuuse.h"

namespace pb {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', 1);
}

bool isSerial(const CellResult &c)
{
    return c.strategy == QLatin1String("serial");
}

void addImpossibleSpeedup(const CellResult &c, bool sweep, const SystemInfo &sys,
                          QList<Warning> &out)
{
    const CellStats &s = c.stats;
    const int limit = stats::busyCpus(c.workers, sys.logicalCores);
    if (isSerial(c) || !c.error.isEmpty() || s.speedup <= 0 || s.speedupCiLow <= limit)
        return;
    const QString cores = sys.logicalCores > 0
                              ? QStringLiteral("%1 logical cores").arg(sys.logicalCores)
                              : QStringLiteral("an unknown number of cores");
    out.append(cellWarning(
        c, sweep, QStringLiteral("impossible-speedup"),
        QStringLiteral("speedup %1 (95 % CI %2–%3) lies entirely above %4, the most %5 "
                       "worker%6 on %7 can give — not a property of the code")
            .arg(formatRatio(s.speedup), formatRatio(s.speedupCiLow), formatRatio(s.speedupCiHigh))
            .arg(limit)
            .arg(c.workers)
            .arg(c.workers == 1 ? QString() : QStringLiteral("s"), cores),
        QStringLiteral("likely causes: the serial baseline ran under different conditions (load "
                       "or clock drift between cells), turbo boost (fewer busy cores run "
                       "faster), or cache effects (a memory-bound kernel's per-thread share "
                       "fits in cache only when split). Interleave the repetitions (--order "
                       "interleaved), raise --reps, run --check-machine and pin the CPU "
                       "frequency before trusting it")));
}

void addLowUtilisation(const CellResult &c, bool sweep, const SystemInfo &sys,
                       const WarningThresholds &t, QList<Warning> &out)
{
    const int cpus = stats::busyCpus(c.workers, sys.logicalCores);
    const double u = c.stats.cpuUtilisation;
    // Below ~1 ms a run is mostly thread wake-up (short-run says so already).
    if (cpus < 2 || u < 0 || u >= t.lowCpuUtilisation || !c.error.isEmpty() ||
        c.stats.medianNs < t.shortRunNs)
        return;
    out.append(cellWarning(
        c, sweep, QStringLiteral("low-cpu-utilisation"),
        QStringLiteral("its threads used the CPU %1 of the time (CPU time / (wall time × %2 "
                       "CPUs), median over the runs; threshold %3) — workers sat idle")
            .arg(percent(u))
            .arg(cpus)
            .arg(percent(t.lowCpuUtilisation)),
        QStringLiteral("load imbalance (a static partition of items with uneven cost, e.g. "
                       "mandelbrot under threads or openmp: use a dynamic schedule such as "
                       "chunked), serial parts or blocking (result collection, locks), or CPUs "
                       "taken by others (see run-queue-wait and steal)")));
}

void addSteal(const CellResult &c, bool sweep, const SystemInfo &sys, const WarningThresholds &t,
              QList<Warning> &out)
{
    const double share = stats::stealShare(c, sys.logicalCores);
    // The counter moves in 10 ms ticks: one tick over a short cell is rounding, not a signal.
    const double ticks = c.stealNs * c.stats.n / stats::kStealTickNs;
    if (share < 0 || share <= t.stealShare || ticks < t.stealMinTicks)
        return;
    out.append(cellWarning(
        c, sweep, QStringLiteral("steal"),
        QStringLiteral("the hypervisor gave %1 of the CPU time this cell wanted to other "
                       "guests (%2 of steal per run, over %3 CPUs × median %4; threshold %5) — "
                       "its timings include waiting for the host")
            .arg(percent(share), formatDuration(c.stealNs))
            .arg(stats::busyCpus(c.workers, sys.logicalCores))
            .arg(formatDuration(c.stats.medianNs), percent(t.stealShare)),
        QStringLiteral("re-run when the host is quieter or on a dedicated machine; interleaved "
                       "repetitions (--order interleaved) spread the effect over all cells "
                       "instead of a few")));
}

} // namespace

void addPlausibilityWarnings(const CellResult &c, bool sizeSweep, const SystemInfo &sys,
                             const WarningThresholds &t, QList<Warning> &out)
{
    addImpossibleSpeedup(c, sizeSweep, sys, out);
    addLowUtilisation(c, sizeSweep, sys, t, out);
    addSteal(c, sizeSweep, sys, t, out);
}

} // namespace pb
