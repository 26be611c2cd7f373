#pragma once

#include "core/model/result.h"

namespace pb::stats {

/// CPUs a cell can keep busy: its workers, at most the logical cores (unknown cores: workers).
int busyCpus(int workers, int logicalCores);

/// Median over the timed runs of CPU time / (wall time × busyCpus): how much of the time its
/// workers were running. -1 when the cell has no CPU times.
double cpuUtilisation(const CellResult &cell, int logicalCores);

/// VM steal per run / (median wall time × busyCpus): the share of the CPU time the cell wanted
/// that the hypervisor gave to someone else. -1 when unknown.
double stealShare(const CellResult &cell, int logicalCores);

/// /proc/stat counts steal in USER_HZ ticks: 10 ms on every Linux ABI.
inline constexpr double kStealTickNs = 10e6;

} // namespace pb::stats
