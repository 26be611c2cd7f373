#pragma once

#include "core/model/result.h"
#include <parabench/canceltoken.h>

#include <QString>

#include <functional>

namespace pb {

/// Where a run is. Sent often (at least once per repetition); cheap to copy.
struct Progress
{
    int cellIndex = 0; ///< 0-based index of the cell being measured
    int cellCount = 0;
    QString strategy;
    int workers = 1;
    qint64 size = 0;            ///< items of the cell being measured
    int repetition = 0;         ///< repetitions done in this cell (warm-up excluded)
    int repetitionsPlanned = 0; ///< fixed count, or the adaptive minimum
    bool warmingUp = false;
    double fraction = 0; ///< 0..1 over the whole run
    double elapsedSec = 0;
    double etaSec = -1; ///< -1 while unknown
};

/// Synchronous engine: generates the input once, runs the serial baseline and every
/// strategy x worker count, verifies, repeats, computes statistics. Runs on the calling
/// thread; RunController puts it on a worker thread for the GUI.
class Runner
{
public:
    struct Callbacks
    {
        std::function<void(const Progress &)> progress;
        /// After each completed cell (sequential order) or each round of interleaved
        /// repetitions (at most a few times a second), with statistics for all cells so far,
        /// unfinished ones included.
        std::function<void(const RunResult &)> cellFinished;
    };

    /// Runs `config`. Never throws; the result's status says Complete, Canceled (cells measured
    /// so far are kept) or Failed (with error). `cancel` may be triggered from any thread.
    static RunResult run(const RunConfig &config, CancelToken &cancel, const Callbacks &cb = {});
};

} // namespace pb
