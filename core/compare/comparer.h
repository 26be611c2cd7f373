#pragma once

#include "core/compare/comparison.h"
#include "core/model/result.h"

namespace pb {

/// Compares NEW with BASE cell by cell: for every cell present in both, the ratio of the
/// median times with a 95% bootstrap CI, a two-sided Mann–Whitney U p-value over the samples
/// and a verdict (decideVerdict); cells on one side only are listed; mismatches of workload,
/// size, build and machine become warnings. Names are what the output calls the two sides.
Comparison compareResults(const RunResult &base, const RunResult &next,
                          const CompareOptions &options, const QString &baseName = {},
                          const QString &newName = {});

/// Why no cell of two results could be compared, for an error message ("the workloads differ:
/// primes vs fine"); empty when the comparison has common cells.
QString noCommonCellsReason(const Comparison &comparison, const RunResult &base,
                            const RunResult &next);

} // namespace pb
