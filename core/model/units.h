#pragma once

#include <QString>

namespace pb {

// Human-readable numbers shared by the text, Markdown and UI outputs.

/// Duration with a unit chosen for the value and three significant digits:
/// 812 -> "812 ns", 812000 -> "812 µs", 12345678 -> "12.3 ms", 1.234e9 -> "1.23 s".
QString formatDuration(double ns);
/// Byte count in binary units: "512 B", "1.50 KiB", "64.0 MiB"; negative -> "unknown".
QString formatBytes(double bytes);
/// Ratio with a fixed number of decimals, e.g. speedup "3.71"; non-finite -> "–".
QString formatRatio(double value, int decimals = 2);
/// Item count with digits grouped in threes by spaces: 4100 -> "4 100", 10000000 ->
/// "10 000 000" (parseSize reads it back).
QString formatCount(qint64 n);
/// An estimate rounded to two significant digits, grouped: 4137.2 -> "4 100", 612 -> "610".
QString formatApproxCount(double n);

} // namespace pb
