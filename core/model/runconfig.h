#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace pb {

/// How many timed repetitions each cell gets.
struct RepetitionPolicy
{
    int repetitions = 5;         ///< fixed count; with adaptive, the minimum
    bool adaptive = false;       ///< repeat until the median's 95% CI is narrow enough
    double targetRelCi = 0.02;   ///< adaptive: stop when (ci_high - ci_low) / median <= this
    int maxRepetitions = 50;     ///< adaptive: hard cap
    double timeBudgetSec = 10.0; ///< adaptive: per-cell budget for timed repetitions

    bool operator==(const RepetitionPolicy &) const = default;
};

/// In which order a size's timed repetitions run (docs/measurement.md, "Interleaving").
enum class RepetitionOrder {
    Sequential,  ///< cell after cell: all repetitions of one cell, then the next
    Interleaved, ///< rounds of one repetition per cell, in a seeded random order
};

/// The order a run uses unless told otherwise (CLI, app, new configs): the one place to change it.
inline constexpr RepetitionOrder kDefaultRepetitionOrder = RepetitionOrder::Interleaved;

/// Everything that defines an experiment. Stored in the result so it can be re-run.
struct RunConfig
{
    QString workload = QStringLiteral("primes");
    qint64 size = 30000; ///< items; with a size sweep, the largest of `sizes`
    /// Size sweep: every size is a full experiment (serial baseline, every strategy × worker
    /// count, verification), increasing. Empty: one experiment at `size`.
    QList<qint64> sizes;
    QList<int> workers{1, 2};
    QStringList strategies{QStringLiteral("serial"), QStringLiteral("mapped")};
    int warmupRuns = 1;     ///< untimed runs per cell before the timed ones
    double warmupSec = 0.0; ///< additionally warm until this much time was spent (0 = off)
    RepetitionPolicy reps;
    qint64 chunkSize = 0; ///< items per chunk for "chunked"; 0 = automatic
    /// Granularity sweep: when not empty, only "chunked" runs, once per chunk size listed here,
    /// at the first worker count; the cells carry their chunkSize.
    QList<qint64> chunkSweep;
    QVariantMap params; ///< workload parameters (e.g. spin's us_per_item)
    bool verify = true; ///< compare every parallel output with serial
    RepetitionOrder order = kDefaultRepetitionOrder;
    /// Interleaved order: one untimed run of the same cell right before each timed one, so it
    /// starts from its own cache state instead of the previous cell's (doubles the run time).
    bool warmupEachRep = false;
    /// Seed of the interleaved order (at most 2^53 - 1, exact in JSON); 0 = pick one when the
    /// run starts, and the result's config records the one used.
    quint64 seed = 0;

    bool operator==(const RunConfig &) const = default;
};

/// The sizes a run measures, increasing: `sizes` for a sweep, else just `size`.
inline QList<qint64> measuredSizes(const RunConfig &config)
{
    return config.sizes.isEmpty() ? QList<qint64>{config.size} : config.sizes;
}

/// The largest size a run measures (memory, int limits).
inline qint64 largestSize(const RunConfig &config)
{
    return config.sizes.isEmpty() ? config.size : config.sizes.constLast();
}

/// Makes `config` measure `sizes` (increasing): one size sets `size` and clears the sweep.
inline void setMeasuredSizes(RunConfig &config, const QList<qint64> &sizes)
{
    if (sizes.isEmpty())
        return;
    config.size = sizes.constLast();
    config.sizes = sizes.size() > 1 ? sizes : QList<qint64>{};
}

/// "interleaved" / "sequential".
inline QString repetitionOrderName(RepetitionOrder order)
{
    return order == RepetitionOrder::Interleaved ? QStringLiteral("interleaved")
                                                 : QStringLiteral("sequential");
}

} // namespace pb
