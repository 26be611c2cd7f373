#pragma once

#include "core/model/result.h"

namespace pb::fmt {

// Human-readable phrases about results, shared by the text and Markdown writers (and usable by
// the UI) so every output explains a number the same way.

/// "mapped", or "chunked (chunk 512)" when the cell used an explicit chunk size.
QString cellLabel(const CellResult &cell);
/// "812 µs".
QString medianText(const CellStats &s);
/// "[805 µs – 820 µs]"; "–" without samples.
QString medianCiText(const CellStats &s);
/// "1.89 [1.85 – 1.93]", "1.00" for the baseline, "–" when there is no baseline.
QString speedupText(const CellResult &cell);
/// "94.5%", "–" when there is no baseline.
QString efficiencyText(const CellStats &s);
/// "0.029", "–" when undefined (1 worker or no speedup).
QString karpFlattText(const CellStats &s);
/// Peak RSS growth during the cell's runs ("+12.3 MiB"), "–" when unknown.
QString peakExtraText(const CellResult &cell);
/// "ok", "ok (reference)", "ok (not verified)", "FAILED (out of memory): message",
/// "canceled: message".
QString statusText(const CellResult &cell, bool verifyRequested);
/// "high-load: message — hint", with the cell it concerns.
QString warningText(const Warning &w);
/// Warnings for a report: one line per warning, but a code raised for more than two cells is
/// shown once in full plus one line naming the other cells.
QStringList warningLines(const QList<Warning> &warnings);
/// Granularity sweep verdict: "best chunk size 256 items (median 64.0 ms, speedup 1.88); the
/// automatic rule picks 6250"; empty when the result is not a sweep or no cell qualifies.
QString bestChunkText(const RunResult &r);
/// Sentence about a canceled or failed run; empty when complete.
QString runStatusText(const RunResult &r);
/// "Intel(R) ... · 4 logical cores · GCC 12.2.0 · Release build · Qt 6.4.2".
QString systemLine(const SystemInfo &s);

} // namespace pb::fmt
