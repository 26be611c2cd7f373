#pragma once

#include "core/model/runconfig.h"

#include <QString>

namespace pb {

/// Largest worker count accepted (guards against absurd input).
constexpr int kMaxWorkers = 1024;
/// Most chunk sizes in one granularity sweep (each is a cell).
constexpr int kMaxSweepSizes = 10000;

/// Checks a configuration before anything is allocated. Returns an empty string when valid,
/// otherwise one specific message a user can act on.
QString validateConfig(const RunConfig &config);

/// Estimated resident bytes for the run (estimateMemory in memoryestimate.h has the parts).
qint64 estimateMemoryBytes(const RunConfig &config);

} // namespace pb
