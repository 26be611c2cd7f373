#pragma once

#include "core/model/result.h"

#include <QStringList>

namespace pb::fmt {

// Phrases about size sweeps, CPU use and fits, shared by the text, Markdown and CSV writers
// and the app, so every output states them the same way.

/// "1 worker", "2 workers".
QString workersLabel(int workers);
/// "30 000 items" or "100 … 10 000 000 items (9 sizes)".
QString sizesText(const RunResult &r);
/// CPU utilisation of a cell: "97 %", "–" when unknown.
QString cpuUseText(const CellStats &s);
/// VM steal as a share of the CPU time the cell wanted: "0.4 %", "–" when unknown.
QString stealText(const CellResult &cell, int logicalCores);
/// "pays off above ≈ 4 100 items (between 1 000 and 10 000)", "pays off already at the
/// smallest size (100 items)", "does not pay off up to 10 000 000 items", ...
QString breakEvenText(const BreakEven &b, const RunResult &r);
/// The break-even of a strategy × worker count, nullptr when there is none.
const BreakEven *findBreakEven(const RunResult &r, const QString &strategy, int workers);
/// One sentence per parallel worker count: "With 2 workers: mapped pays off above ≈ 4 100
/// items; chunked pays off already at 100 items (the smallest size)."; 1 worker is left out.
QStringList breakEvenSummary(const RunResult &r);
/// "85.0 µs fixed + 22.0 ns/item (R² 0.990, 9 sizes)"; notes a t0 clamped at 0.
QString costModelText(const CostModel &m);
/// Where the models say a parallel strategy starts to beat serial: "beats serial above ≈ 5 300
/// items", "never beats serial (no cheaper per item)"; empty for serial or without its model.
QString modelBreakEvenText(const CostModel &m, const RunResult &r);
/// "serial fraction f = 0.031 (R² 0.998, 3 points)", "f = 0 (clamped: speedups at or above
/// ideal; R² 0.95, 3 points)", "no fit: not enough points (2 worker counts ≤ 2 cores; need
/// 3)".
QString fitText(const AmdahlFit &fit, int logicalCores);
/// The Amdahl fits of a run, one line each ("mapped: …"; "mapped, 10 000 items: …" in a
/// sweep); a strategy without a fit at any size gets one line.
QStringList fitLines(const RunResult &r);

} // namespace pb::fmt
