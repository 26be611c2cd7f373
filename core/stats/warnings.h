#pragma once

#include "core/model/result.h"

#include <QStringList>

namespace pb {

/// Thresholds for measurement-quality warnings (defaults documented in docs/measurement.md).
struct WarningThresholds
{
    double cpuBusy = 0.10;           ///< share of the CPUs other processes used just before
    double loadPerCore = 0.25;       ///< load average / logical cores (when cpuBusy unknown)
    double relCiWidth = 0.05;        ///< median CI wider than 5 % of the median
    double relStddev = 0.10;         ///< stddev / mean above 10 %
    double firstRepFactor = 1.5;     ///< first timed rep this much slower than the median
    double shortRunNs = 1e6;         ///< median under 1 ms: timer/dispatch overhead dominate
    double runQueueWaitShare = 0.05; ///< scheduler wait above 5 % of the run time
    double lowCpuUtilisation = 0.75; ///< parallel cell's CPU utilisation below 75 %
    double stealShare = 0.02;        ///< VM steal above 2 % of the CPU time the cell wanted
    double stealMinTicks = 2;        ///< ... and at least this many 10 ms ticks over the cell
};

/// Warnings about the whole run (build type, load, governor) and each cell (spread, first
/// repetition, short runs, run-queue wait, oversubscription). Pure: reads only `result`.
/// The same as runWarnings followed by cellWarnings of each cell in order.
QList<Warning> analyzeWarnings(const RunResult &result, const WarningThresholds &t = {});
/// Warnings about the whole run: build type, load, governor.
QList<Warning> runWarnings(const SystemInfo &system, const WarningThresholds &t = {});
/// Warnings about one cell; they depend only on the cell and the machine, so a runner can
/// compute them once per finished cell. In a size sweep they name the cell's size.
QList<Warning> cellWarnings(const CellResult &cell, const SystemInfo &system,
                            bool sizeSweep = false, const WarningThresholds &t = {});

/// The codes analyzeWarnings() can raise: the rest (e.g. "skipped") come from the runner, and
/// re-analysing a loaded result keeps those.
QStringList analysisWarningCodes();

/// A warning about one cell: "mapped, 2 workers[, 10 000 items]: <what>". The size is named
/// (and stored) in a size sweep.
Warning cellWarning(const CellResult &c, bool sizeSweep, const QString &code, const QString &what,
                    const QString &hint);

} // namespace pb
