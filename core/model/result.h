#pragma once

#include "core/model/provenance.h"
#include "core/model/runconfig.h"
#include "core/model/sizeanalysis.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pb {

/// Facts about the machine and build a result was measured on.
struct SystemInfo
{
    QString cpuModel;       ///< /proc/cpuinfo "model name", or "unknown"
    int logicalCores = 0;   ///< QThread::idealThreadCount() (affinity mask)
    QString qtVersion;      ///< runtime qVersion()
    QString compiler;       ///< e.g. "GCC 12.2.0"
    QString buildType;      ///< CMAKE_BUILD_TYPE, e.g. "Release"
    bool sanitized = false; ///< ASan/UBSan or TSan build
    QString parabenchVersion;
    QString hostname;
    QString os;                      ///< QSysInfo::prettyProductName() + kernel
    QString cpuGovernor;             ///< scaling_governor or "unknown"
    double loadAverage1 = -1;        ///< /proc/loadavg before the run, -1 when unknown
    double cpuBusyBeforeRun = -1;    ///< share of the CPUs others used just before, -1 unknown
    qint64 totalMemoryBytes = 0;     ///< MemTotal
    qint64 availableMemoryBytes = 0; ///< MemAvailable at start
    QDateTime date;                  ///< start of the run (UTC)

    bool operator==(const SystemInfo &) const = default;
};

/// Summary statistics of one cell's timed samples. Times in nanoseconds.
struct CellStats
{
    int n = 0;
    double minNs = 0, maxNs = 0, medianNs = 0, meanNs = 0, stddevNs = 0;
    double medianCiLowNs = 0, medianCiHighNs = 0; ///< 95% CI of the median (order statistics)
    double relCiWidth = 0;                        ///< (ciHigh - ciLow) / median
    QList<int> outlierIndices;                    ///< samples outside Tukey's fences (1.5 IQR)
    double speedup = 0; ///< serial median / this median (0 when no baseline)
    double speedupCiLow = 0, speedupCiHigh = 0; ///< 95% bootstrap CI of the ratio of medians
    double efficiency = 0;                      ///< speedup / workers
    std::optional<double> karpFlatt; ///< experimentally determined serial fraction (workers > 1)
    /// Median over the timed runs of CPU time / (wall time × min(workers, logical cores)):
    /// 1 = every worker busy all the time; -1 when the CPU time is unknown.
    double cpuUtilisation = -1;

    bool operator==(const CellStats &) const = default;
};

/// Why a cell failed; stored in files by name (cellErrorKindName).
enum class CellErrorKind {
    None,         ///< the cell is fine
    Kernel,       ///< the kernel threw
    OutOfMemory,  ///< std::bad_alloc from a kernel or an allocation during a run
    Verification, ///< the output differs from the serial reference
    Canceled,     ///< stopped before it finished
    ThreadStart,  ///< the worker threads could not be started
    Crashed,      ///< the process measuring it died
    Engine,       ///< anything else ParaBench itself ran into
};

/// One (strategy, workers[, chunk size], size) measurement.
struct CellResult
{
    QString strategy;
    int workers = 1;
    qint64 size = 0;         ///< items this cell measured
    qint64 chunkSize = 0;    ///< items per chunk actually used (chunked), 0 otherwise
    QList<qint64> warmupNs;  ///< untimed warm-up durations (kept for the record)
    QList<qint64> samplesNs; ///< every timed repetition, in order
    QList<qint64> cpuNs;     ///< process CPU time of each timed repetition (parallel to
                             ///< samplesNs); empty = unknown
    CellStats stats;
    bool verified = false;                         ///< output matched serial
    CellErrorKind errorKind = CellErrorKind::None; ///< why it failed; None when error is empty
    QString
        error; ///< what went wrong, specific (e.g. "3 of 5000 items differ..."); empty when fine
    qint64 peakExtraBytes = -1; ///< peak RSS growth during a run over the resident data, -1 unknown
    double runQueueWaitNs = -1; ///< median scheduler wait per run (schedstat), -1 unknown
    double stealNs = -1;        ///< VM steal time per run (hypervisor), -1 unknown

    bool operator==(const CellResult &) const = default;
};

/// Least-squares Amdahl fit of one strategy's speedups at one size, or why there is none.
struct AmdahlFit
{
    static constexpr int kMinPoints = 3; ///< worker counts ≤ logical cores a fit needs

    QString strategy;
    double serialFraction = 0; ///< f in S(w) = 1 / (f + (1 - f) / w)
    double rSquared = 0;       ///< on the speedups
    int points = 0;            ///< worker counts ≤ logical cores with a speedup
    qint64 size = 0;           ///< items of the cells fitted (0 = unknown, older files)
    bool fitted = true;        ///< false: fewer than kMinPoints points, no f or R²
    bool clamped = false;      ///< the least-squares f was outside [0, 1] and was clamped

    bool operator==(const AmdahlFit &) const = default;
};

/// A warning about measurement quality, with a hint to fix it.
struct Warning
{
    QString code;     ///< stable id, e.g. "debug-build", "high-load"
    QString message;  ///< what was seen, with figures
    QString hint;     ///< what to do
    QString strategy; ///< cell it concerns, empty for the whole run
    int workers = 0;
    qint64 size = 0; ///< size of the cell it concerns in a size sweep, else 0

    bool operator==(const Warning &) const = default;
};

enum class RunStatus { Complete, Canceled, Failed };

/// A whole experiment: config, machine, every cell (serial baseline first), fits and warnings.
struct RunResult
{
    static constexpr int kFormatVersion = 2; ///< JSON format (docs/json-format.md)

    RunConfig config;
    SystemInfo system;
    RunStatus status = RunStatus::Complete;
    QString error;        ///< why it failed, when Failed
    QString workloadName; ///< display name at run time
    qint64 inputBytes = 0, outputBytes = 0;
    QList<CellResult> cells;
    QList<AmdahlFit> fits;
    QList<BreakEven> breakEvens; ///< size sweeps: per strategy × workers (derived)
    QList<CostModel> costModels; ///< size sweeps: per strategy × workers, serial first (derived)
    QList<Warning> warnings;
    qint64 processPeakRssBytes = -1; ///< largest RSS seen during a timed run
    qint64 autoChunkSize = 0;        ///< chunk size the automatic rule picks (sweeps), 0 = unknown
    std::optional<PluginProvenance> plugin; ///< the workload's plugin; none for a built-in
    /// Failed before any cell because the workload broke its contract (its input generator
    /// threw or returned the wrong number of items): bad input, like an invalid parameter.
    /// Not stored in files.
    bool workloadFault = false;

    /// The sizes of the cells, increasing (the config's when there are none yet).
    QList<qint64> sizes() const;
    bool isSizeSweep() const { return sizes().size() > 1; }
    /// The serial baseline cell measuring `size` items, or nullptr.
    const CellResult *baseline(qint64 size) const;
    /// The cell of `strategy` with `workers` (serial: any) measuring `size` items, or nullptr.
    const CellResult *cell(const QString &strategy, int workers, qint64 size) const;

    bool operator==(const RunResult &) const = default;
};

/// "none", "kernel-error", "out-of-memory", "verification-mismatch", "canceled",
/// "thread-start", "crashed", "engine-error".
QString cellErrorKindName(CellErrorKind kind);
std::optional<CellErrorKind> cellErrorKindFromName(const QString &name);
/// The kind for people: "kernel error", "out of memory", "verification mismatch", "canceled",
/// "threads could not start", "crashed", "engine error"; "ok" for None.
QString cellErrorKindText(CellErrorKind kind);

QString runStatusName(RunStatus s);
std::optional<RunStatus> runStatusFromName(const QString &name);

} // namespace pb
