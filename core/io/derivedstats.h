#pragma once

#include "core/model/result.h"

namespace pb {

/// Replaces every number a result file derives from its samples (cell statistics, speedups,
/// Karp–Flatt, Amdahl fits) by what the samples give (pb::analyzeCells), so nothing shown is
/// unsupported by the measurements. When the file's numbers differed, appends a warning with
/// code "stats-recomputed" that names the first difference. Returns whether they differed.
bool recomputeDerivedStatistics(RunResult &result);

} // namespace pb
