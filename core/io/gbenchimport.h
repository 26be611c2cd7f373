#pragma once

#include "core/io/gbenchreader.h"
#include "core/model/result.h"

namespace pb {

/// How a Google Benchmark thread sweep's speedup is computed when the file has no
/// items_per_second / bytes_per_second counters to take it from. Google Benchmark's real_time
/// is the job's wall time divided by the iterations of all threads, so:
enum class ThreadScaling {
    Split,     ///< a fixed total is split across the threads: speedup(N) = time(1) / time(N)
               ///< with time = real_time × threads (the wall time of one iteration of the job)
    PerThread, ///< each thread does the whole work: speedup(N) = real_time(1) / real_time(N)
               ///< (throughput; the job grows with N)
};

/// "split" / "per-thread".
QString threadScalingId(ThreadScaling s);
std::optional<ThreadScaling> threadScalingFromId(const QString &id);

/// A Google Benchmark file as a RunResult.
struct GbenchImport
{
    RunResult result;
    bool hasThreadSweep = false; ///< some family has runs with more than one thread
    bool scalingMatters = false; ///< a thread sweep without counters: the choice decides
    bool aggregatesOnly = false; ///< no per-repetition entries anywhere
};

/// Turns a Google Benchmark file into a result the charts, tables and the comparison read:
/// each family (run names that differ only by /threads:N) becomes a "strategy" whose cells
/// are its thread counts, with workers = threads, samples = one per repetition (real_time ×
/// threads: the wall time of one iteration of the whole job), and speedup, efficiency and CIs
/// against the family's threads:1 run — from items_per_second (or bytes_per_second) when every
/// run of the family has it, else by `scaling`. Errored entries become failed cells. Files
/// ParaBench wrote (gbenchCellName scheme) come back as the run they were exported from. What
/// was assumed is stated in result.warnings (codes "gbench-*").
GbenchImport importGbench(const GbenchFile &file, ThreadScaling scaling);

} // namespace pb
