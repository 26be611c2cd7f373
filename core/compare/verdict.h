#pragma once

#include "core/compare/comparison.h"

namespace pb {

/// Fewer samples than this on either side can never reach p < 0.05 with a two-sided
/// Mann–Whitney U test (3 vs 3: the smallest possible p is 0.1).
constexpr int kMinSamplesForVerdict = 4;

/// The verdict in the manner of Criterion.rs: no change when p >= alpha; otherwise improved
/// when the whole CI of the relative change [changeLow, changeHigh] lies below -noise,
/// regressed when it lies above +noise, else within noise. Changes are of the time
/// (new / base - 1), so a positive change is a slowdown.
Verdict decideVerdict(double pValue, double changeLow, double changeHigh,
                      const CompareOptions &options);

/// Whether a cell counts against the CI gate (--fail-on-regression T): its verdict is
/// regressed (significant and beyond the noise) and its median time grew by more than T
/// (new / base - 1 > T). A cell that failed in NEW but not in BASE counts too.
bool failsGate(const CellComparison &cell, bool failedOnlyInNew, const CompareOptions &options);

} // namespace pb
