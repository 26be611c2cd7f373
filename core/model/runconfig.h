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

/// Everything that defines an experiment. Stored in the result so it can be re-run.
struct RunConfig
{
    QString workload = QStringLiteral("primes");
    qint64 size = 30000;
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

    bool operator==(const RunConfig &) const = default;
};

} // namespace pb
