#pragma once

#include <QString>
#include <QStringList>

namespace pb::ui {

/// Text from files is bounded by the reader, but 64 KiB in a label, or ten thousand lines of
/// rich text, still freezes a window: widgets show at most this much and say what was left out.
constexpr int kMaxShownChars = 300; ///< one message, hint or error in a label
constexpr int kMaxShownTooltipChars = 2000;
constexpr int kMaxShownLines = 20; ///< warnings or failed cells listed in one label

/// `text` cut to at most `maxChars` UTF-16 units plus "…", never in the middle of a surrogate
/// pair; unchanged when short enough.
QString elided(const QString &text, int maxChars = kMaxShownChars);

/// The first `maxLines` lines, then "… and N more" when there were more.
QStringList firstLinesWithMore(const QStringList &lines, int maxLines = kMaxShownLines);

} // namespace pb::ui
