#pragma once

#include "core/compare/comparison.h"

namespace pb::cmpfmt {

// Phrases shared by the comparison writers, so every format words a number the same way.

/// "+4.3%", "-0.8%"; "–" when not finite.
QString percent(double fraction, int decimals = 1);
/// "+4.3% [+2.1% – +6.0%]"; without a CI just the change; "–" when there is no ratio.
QString changeText(const CellComparison &c);
/// "0.0079", "<0.0001"; "–" when no test was made.
QString pText(double p);
/// "α = 0.05, noise ±1%, gate: a cell regressed by more than 5% fails" (or "no gate").
QString optionsText(const CompareOptions &options);
/// The cell's name in tables: "mapped @2", with the size when a file has several.
QString cellName(const Comparison &comparison, const CellKey &key);
/// "2 regressed, 1 improved, 3 no change, ..." (only the verdicts that occur).
QString summaryText(const Comparison &comparison);
/// "gate: 1 cell regressed by more than 5%" / "gate: passed" / empty without a gate.
QString gateText(const QList<Comparison> &comparisons, const CompareOptions &options);

} // namespace pb::cmpfmt
