#pragma once

#include <QString>

#include <optional>

namespace pb {

/// Parses an item count as a user types it (parabench-cli --size and --sweep, the app's size
/// field): "30000", "250k", "1.5M", "2G" (×1000 suffixes), "1e6", and digits grouped in threes
/// by commas, spaces or underscores ("30,000", "1 000 000", "30_000"). Refuses a decimal comma
/// ("1,5M": is it 1.5M or 15M?), fractions of an item, 0, negative numbers and counts past
/// 9e18, with one specific message in *error (may be nullptr).
std::optional<qint64> parseSize(const QString &text, QString *error);

} // namespace pb
