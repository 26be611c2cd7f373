#pragma once

#include "core/model/result.h"

namespace pb {

/// Derives everything that is computed from samples (analyzeCells) and the measurement warnings
/// (appended to `runnerWarnings`, which the runner itself raised). Cells before `firstNewCell`
/// keep the statistics they have (they depend only on their own samples and their baseline's).
void analyzeResult(RunResult &result, const QList<Warning> &runnerWarnings = {},
                   int firstNewCell = 0);

/// The sample-derived part of analyzeResult, warnings left alone: each cell's statistics
/// against the serial baseline of its size, CPU utilisation, the Amdahl fit per strategy and
/// size (or why there is none), and a size sweep's break-even sizes and cost models. The
/// result reader recomputes a file's numbers with it.
void analyzeCells(RunResult &result, int firstNewCell = 0);
/// The statistics and CPU utilisation of one cell (against the serial baseline of its size);
/// fits and warnings untouched.
void analyzeCell(RunResult &result, qsizetype index);
/// The Amdahl fit of each strategy over its worker counts, per size (none for a granularity
/// sweep): a fit needs AmdahlFit::kMinPoints worker counts up to the logical cores.
void fitStrategies(RunResult &result);
/// A size sweep's break-even sizes and cost models (empty lists otherwise).
void analyzeSweep(RunResult &result);

/// For a result read from a file (its numbers already recomputed by the reader): derives the
/// measurement warnings again with this build's rules — an older file gains, e.g., the
/// impossible-speedup warning — and keeps the warnings only the runner or the reader raise.
void reanalyzeLoaded(RunResult &result);

} // namespace pb
