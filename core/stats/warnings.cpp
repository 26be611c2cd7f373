#include "core/stats/warnings.h"

#include "core/model/units.h"
#include "core/stats/plausibility.h"
#include "core/stats/statistics.h"

#include <QStringList>

namespace pb {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', 1);
}

QString failureHint(CellErrorKind kind)
{
    switch (kind) {
    case CellErrorKind::OutOfMemory:
        return QStringLiteral("lower the size, or measure strategies that keep less in memory "
                              "(chunked, inplace) on their own");
    case CellErrorKind::ThreadStart:
        return QStringLiteral("lower the worker count or raise the process's thread limit");
    case CellErrorKind::Kernel:
        return QStringLiteral("fix the kernel or its parameters; the exception is quoted above");
    case CellErrorKind::Canceled:
        return QStringLiteral("the run was stopped during this cell: its few samples are "
                              "shown, re-run to measure it fully");
    case CellErrorKind::Crashed:
        return QStringLiteral("the process measuring the cell died: fix the workload (its "
                              "message is quoted above) and re-run");
    case CellErrorKind::Engine:
        return QStringLiteral("ParaBench itself failed here: re-run the cell, and report it "
                              "with the message above if it happens again");
    default:
        return QStringLiteral("re-run the cell; report it if it happens again");
    }
}

void addBuildWarnings(const SystemInfo &sys, QList<Warning> &out)
{
    if (sys.buildType != QLatin1String("Release") &&
        sys.buildType != QLatin1String("RelWithDebInfo")) {
        const QString type = sys.buildType.isEmpty() ? QStringLiteral("unknown") : sys.buildType;
        out.append({QStringLiteral("debug-build"),
                    QStringLiteral("build type %1, not Release — unoptimised code, timings and "
                                   "speedups do not represent a real build")
                        .arg(type),
                    QStringLiteral("rebuild with -DCMAKE_BUILD_TYPE=Release"),
                    {},
                    0});
    }
    if (sys.sanitized)
        out.append({QStringLiteral("sanitizer-build"),
                    QStringLiteral("sanitizer build (AddressSanitizer/UBSan or "
                                   "ThreadSanitizer) — every memory access is instrumented, "
                                   "timings are several times slower"),
                    QStringLiteral("rebuild without -DPARABENCH_SANITIZE=ON or "
                                   "-DPARABENCH_TSAN=ON"),
                    {},
                    0});
}

void addMachineWarnings(const SystemInfo &sys, const WarningThresholds &t, QList<Warning> &out)
{
    // What others use right before the run is the direct measure; the load average also
    // remembers the last minute, including our own previous run, so it is only a fallback.
    if (sys.cpuBusyBeforeRun >= 0) {
        if (sys.cpuBusyBeforeRun > t.cpuBusy)
            out.append({QStringLiteral("high-load"),
                        QStringLiteral("other processes kept %1 % of the CPUs busy just before "
                                       "the run (threshold %2 %) — they compete for the cores")
                            .arg(sys.cpuBusyBeforeRun * 100, 0, 'f', 0)
                            .arg(t.cpuBusy * 100, 0, 'f', 0),
                        QStringLiteral("close other programs or wait until the machine is idle, "
                                       "then re-run"),
                        {},
                        0});
    } else if (sys.loadAverage1 >= 0 && sys.logicalCores > 0) {
        const double perCore = sys.loadAverage1 / sys.logicalCores;
        if (perCore > t.loadPerCore)
            out.append({QStringLiteral("high-load"),
                        QStringLiteral("1-minute load average %1 on %2 logical cores (%3 per "
                                       "core, threshold %4) before the run — other work "
                                       "competes for the CPUs")
                            .arg(sys.loadAverage1, 0, 'f', 2)
                            .arg(sys.logicalCores)
                            .arg(perCore, 0, 'f', 2)
                            .arg(t.loadPerCore, 0, 'f', 2),
                        QStringLiteral("close other programs or wait until the machine is idle, "
                                       "then re-run"),
                        {},
                        0});
    }
    const QString gov = sys.cpuGovernor;
    if (!gov.isEmpty() && gov != QLatin1String("unknown") && gov != QLatin1String("performance"))
        out.append({QStringLiteral("governor"),
                    QStringLiteral("CPU frequency governor is \"%1\", not \"performance\" — the "
                                   "clock may change during and between runs")
                        .arg(gov),
                    QStringLiteral("sudo cpupower frequency-set -g performance (restore it "
                                   "afterwards), or raise --warmup so the clock ramps up first"),
                    {},
                    0});
}

void addRepetitionWarnings(const CellResult &c, bool sweep, const WarningThresholds &t,
                           QList<Warning> &out)
{
    if (c.samplesNs.size() < 3)
        return;
    const QList<double> v = stats::toDoubles(c.samplesNs);
    const double othersMedian = stats::median(v.mid(1));
    if (othersMedian > 0 && v.first() > t.firstRepFactor * othersMedian)
        out.append(cellWarning(
            c, sweep, QStringLiteral("first-rep-slow"),
            QStringLiteral("first timed repetition %1 is %2× the median of the others (%3) — "
                           "warm-up did not settle caches, page faults or thread start-up")
                .arg(formatDuration(v.first()))
                .arg(v.first() / othersMedian, 0, 'f', 1)
                .arg(formatDuration(othersMedian)),
            QStringLiteral("raise --warmup (or --warmup-time) so the timed runs start warm")));
}

void addSpreadWarnings(const CellResult &c, bool sweep, const WarningThresholds &t,
                       QList<Warning> &out)
{
    const CellStats &s = c.stats;
    if (s.n < 2 || s.meanNs <= 0)
        return;
    QStringList seen;
    const double relStddev = s.stddevNs / s.meanNs;
    if (relStddev > t.relStddev)
        seen << QStringLiteral("relative spread %1 (stddev/mean)").arg(percent(relStddev));
    if (s.relCiWidth > t.relCiWidth)
        seen << QStringLiteral("median 95 % CI %1 of the median wide").arg(percent(s.relCiWidth));
    if (!seen.isEmpty())
        out.append(
            cellWarning(c, sweep, QStringLiteral("high-spread"),
                        seen.join(QStringLiteral(", ")) + QStringLiteral(" — timings unstable"),
                        QStringLiteral("close other programs, raise --reps or use "
                                       "--adaptive")));
}

void addDurationWarnings(const CellResult &c, bool sweep, const WarningThresholds &t,
                         QList<Warning> &out)
{
    const CellStats &s = c.stats;
    if (s.n == 0)
        return;
    if (s.medianNs < t.shortRunNs)
        out.append(cellWarning(
            c, sweep, QStringLiteral("short-run"),
            QStringLiteral("median %1 is below %2 — timer, thread wake-up and dispatch overhead "
                           "weigh on the result")
                .arg(formatDuration(s.medianNs), formatDuration(t.shortRunNs)),
            QStringLiteral("raise the input size (--size) so one run takes well over %1")
                .arg(formatDuration(t.shortRunNs))));
    if (c.runQueueWaitNs >= 0 && s.medianNs > 0 &&
        c.runQueueWaitNs > t.runQueueWaitShare * s.medianNs)
        out.append(cellWarning(
            c, sweep, QStringLiteral("run-queue-wait"),
            QStringLiteral("threads waited %1 per run for a CPU (%2 of the median %3) — other "
                           "processes or too many threads competed for the cores")
                .arg(formatDuration(c.runQueueWaitNs), percent(c.runQueueWaitNs / s.medianNs),
                     formatDuration(s.medianNs)),
            QStringLiteral("close other programs and use no more workers than logical cores")));
}

void addCellStateWarnings(const CellResult &c, bool sweep, const SystemInfo &sys,
                          QList<Warning> &out)
{
    if (sys.logicalCores > 0 && c.workers > sys.logicalCores)
        out.append(cellWarning(
            c, sweep, QStringLiteral("oversubscribed"),
            QStringLiteral("%1 workers on %2 logical cores — threads time-share the CPUs, "
                           "speedup above %2 is not possible")
                .arg(c.workers)
                .arg(sys.logicalCores),
            QStringLiteral("informational: this point shows the cost of oversubscription; "
                           "read scaling from worker counts up to %1")
                .arg(sys.logicalCores)));
    if (c.error.isEmpty())
        return;
    if (c.errorKind == CellErrorKind::Verification)
        out.append(cellWarning(c, sweep, QStringLiteral("verification-failed"),
                               QStringLiteral("%1 — its timings are not comparable").arg(c.error),
                               QStringLiteral("fix the strategy so its output matches serial "
                                              "before reading its speedup")));
    else if (c.errorKind == CellErrorKind::Canceled)
        out.append(cellWarning(c, sweep, QStringLiteral("cell-canceled"),
                               QStringLiteral("%1 — its statistics rest on fewer runs than "
                                              "asked for")
                                   .arg(c.error),
                               failureHint(c.errorKind)));
    else
        out.append(cellWarning(c, sweep, QStringLiteral("cell-failed"),
                               QStringLiteral("%1 (%2) — the cell has no comparable timings")
                                   .arg(c.error, cellErrorKindText(c.errorKind)),
                               failureHint(c.errorKind)));
}

} // namespace

QList<Warning> runWarnings(const SystemInfo &system, const WarningThresholds &t)
{
    QList<Warning> out;
    addBuildWarnings(system, out);
    addMachineWarnings(system, t, out);
    return out;
}

QList<Warning> cellWarnings(const CellResult &c, const SystemInfo &system, bool sizeSweep,
                            const WarningThresholds &t)
{
    QList<Warning> out;
    addRepetitionWarnings(c, sizeSweep, t, out);
    addSpreadWarnings(c, sizeSweep, t, out);
    addDurationWarnings(c, sizeSweep, t, out);
    addCellStateWarnings(c, sizeSweep, system, out);
    addPlausibilityWarnings(c, sizeSweep, system, t, out);
    return out;
}

QList<Warning> analyzeWarnings(const RunResult &result, const WarningThresholds &t)
{
    QList<Warning> out = runWarnings(result.system, t);
    const bool sweep = result.isSizeSweep();
    for (const CellResult &c : result.cells)
        out.append(cellWarnings(c, result.system, sweep, t));
    return out;
}

QStringList analysisWarningCodes()
{
    return {QStringLiteral("debug-build"),
            QStringLiteral("sanitizer-build"),
            QStringLiteral("high-load"),
            QStringLiteral("governor"),
            QStringLiteral("first-rep-slow"),
            QStringLiteral("high-spread"),
            QStringLiteral("short-run"),
            QStringLiteral("run-queue-wait"),
            QStringLiteral("oversubscribed"),
            QStringLiteral("verification-failed"),
            QStringLiteral("cell-failed"),
            QStringLiteral("cell-canceled"),
            QStringLiteral("impossible-speedup"),
            QStringLiteral("low-cpu-utilisation"),
            QStringLiteral("steal")};
}

Warning cellWarning(const CellResult &c, bool sizeSweep, const QString &code, const QString &what,
                    const QString &hint)
{
    QString label = c.strategy;
    if (c.strategy != QLatin1String("serial"))
        label += QStringLiteral(", %1 worker%2")
                     .arg(c.workers)
                     .arg(c.workers == 1 ? QString() : QStringLiteral("s"));
    if (c.chunkSize > 0)
        label += QStringLiteral(", chunk %1").arg(c.chunkSize);
    if (sizeSweep)
        label += QStringLiteral(", %1 items").arg(formatCount(c.size));
    return {code,      label + QStringLiteral(": ") + what,
            hint,      c.strategy,
            c.workers, sizeSweep ? c.size : 0};
}

} // namespace pb
