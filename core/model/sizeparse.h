#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pb {

/// Parses an item count as a user types it (parabench-cli --size and --sweep, the app's size
/// field): "30000", "250k", "1.5M", "2G" (×1000 suffixes), "1e6", and digits grouped in threes
/// by commas, spaces or underscores ("30,000", "1 000 000", "30_000"). Refuses a decimal comma
/// ("1,5M": is it 1.5M or 15M?), fractions of an item, 0, negative numbers and counts past
/// 9e18, with one specific message in *error (may be nullptr).
std::optional<qint64> parseSize(const QString &text, QString *error);

/// Most sizes one sweep may have: each is a full experiment.
inline constexpr int kMaxSizesPerSweep = 200;

/// Parses one size or a size sweep (parabench-cli --size, the app's sweep list), increasing,
/// without duplicates:
/// - one size as parseSize() reads it ("30000", "30,000", "10M") gives a list of one;
/// - a list "1k,10k,100k" (each item as parseSize() reads it; sorted; a size given twice is an
///   error). Text that reads both as one number with thousands separators and as a list
///   ("1,024", "100,200,300") is refused as ambiguous;
/// - "log:FROM:TO:POINTS": POINTS sizes spaced evenly on a log scale from FROM to TO, both
///   included (logSpacedSizes()).
std::optional<QList<qint64>> parseSizeList(const QString &text, QString *error);

/// `points` sizes from `from` to `to` (both included), evenly spaced in log(size), rounded to
/// whole items; sizes that round to the same integer appear once, so a narrow range can give
/// fewer than `points` sizes. Empty when from < 1, to < from or points < 1.
QList<qint64> logSpacedSizes(qint64 from, qint64 to, int points);

/// "log:FROM:TO:POINTS" when `sizes` are exactly logSpacedSizes() of their ends for some
/// point count, else the list ("1000,10000"); one size as a plain number. Round-trips through
/// parseSizeList().
QString sizeListText(const QList<qint64> &sizes);

} // namespace pb
