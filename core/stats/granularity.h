#pragma once

#include "core/model/result.h"

namespace pb {

// The granularity sweep's verdict, asked by the charts and every report.

/// The best cell of a granularity sweep: among the sweep's chunked cells (chunkSize > 0) that
/// have no error and a median, the one with the lowest median (the first of equals). nullptr
/// when the result is not a sweep or no cell qualifies.
const CellResult *bestChunkCell(const RunResult &result);

/// The chunk size of bestChunkCell(), 0 when there is none.
qint64 bestChunkSize(const RunResult &result);

} // namespace pb
