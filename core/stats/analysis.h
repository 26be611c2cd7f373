#pragma once

#include "core/model/result.h"

namespace pb {

/// Derives everything that is computed from samples: each cell's statistics (against the
/// serial baseline), the Amdahl fit per strategy and the measurement warnings (appended to
/// `runnerWarnings`, which the runner itself raised). Cells before `firstNewCell` keep the
/// statistics they have (they depend only on their own samples and the baseline's).
void analyzeResult(RunResult &result, const QList<Warning> &runnerWarnings = {},
                   int firstNewCell = 0);

/// The sample-derived part of analyzeResult: cell statistics and Amdahl fits, warnings left
/// alone. The result reader recomputes a file's numbers with it.
void analyzeCells(RunResult &result, int firstNewCell = 0);
/// The statistics of one cell (against the serial baseline); fits and warnings untouched.
void analyzeCell(RunResult &result, qsizetype index);
/// The Amdahl fit of each strategy over its worker counts (none for a sweep).
void fitStrategies(RunResult &result);

} // namespace pb
