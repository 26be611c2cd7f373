#include "ui/elidedtext.h"

#include <QCoreApplication>

namespace pb::ui {

QString elided(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype n = std::max(0, maxChars);
    if (n > 0 && text[n - 1].isHighSurrogate())
        --n;
    return text.left(n) + QStringLiteral("…");
}

QStringList firstLinesWithMore(const QStringList &lines, int maxLines)
{
    if (lines.size() <= maxLines)
        return lines;
    QStringList shown = lines.mid(0, maxLines);
    shown << QCoreApplication::translate("pb::ui", "… and %n more", nullptr,
                                         int(lines.size() - maxLines));
    return shown;
}

} // namespace pb::ui
