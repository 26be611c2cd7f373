#include "core/model/sizeparse.h"

#include <QRegularExpression>

#include <cmath>

namespace pb {

namespace {

std::optional<qint64> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

/// Removes thousands separators after checking they group digits in threes. One kind of
/// separator per number; a no-break space counts as a space (pasted from a document).
bool removeGroupSeparators(QString &t, const QString &original, QString *error)
{
    t.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    static const QRegularExpression grouped(
        QStringLiteral("^[+-]?\\d{1,3}(?:(,)\\d{3}(?:,\\d{3})*|( )\\d{3}(?: \\d{3})*|(_)\\d{3}"
                       "(?:_\\d{3})*)(?:\\.\\d*)?(?:[eE][+-]?\\d+)?$"));
    static const QRegularExpression decimalComma(QStringLiteral("^[+-]?\\d*,\\d{1,2}$|,\\d{4,}"));
    const bool hasSeparator = t.contains(QLatin1Char(',')) || t.contains(QLatin1Char(' ')) ||
                              t.contains(QLatin1Char('_'));
    if (!hasSeparator)
        return true;
    if (grouped.match(t).hasMatch()) {
        t.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
        return true;
    }
    if (t.contains(QLatin1Char(',')) && decimalComma.match(t).hasMatch())
        *error = QStringLiteral("size \"%1\": a comma only separates thousands (30,000); write "
                                "a decimal point instead (1.5M)")
                     .arg(original);
    else
        *error = QStringLiteral("size \"%1\": separate digits in groups of three, with one kind "
                                "of separator (30,000, 1 000 000 or 30_000)")
                     .arg(original);
    return false;
}

double suffixFactor(QString &t)
{
    if (t.isEmpty())
        return 1.0;
    const char16_t last = t.back().toLower().unicode();
    const double factor = last == u'k' ? 1e3 : last == u'm' ? 1e6 : last == u'g' ? 1e9 : 1.0;
    if (factor != 1.0)
        t = t.chopped(1).trimmed();
    return factor;
}

} // namespace

std::optional<qint64> parseSize(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return fail(error, QStringLiteral("size is empty: enter a number of items (examples: "
                                          "30000, 10M, 1e6)"));
    const double factor = suffixFactor(t);
    QString groupError;
    if (!removeGroupSeparators(t, text, &groupError))
        return fail(error, groupError);
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    bool ok = number.match(t).hasMatch();
    const double v = ok ? t.toDouble(&ok) * factor : 0.0;
    if (!ok || !std::isfinite(v))
        return fail(
            error,
            QStringLiteral("size \"%1\" is not a number (examples: 30000, 10M, 1e6)").arg(text));
    if (v != std::floor(v))
        return fail(error, QStringLiteral("size \"%1\" is not a whole number of items").arg(text));
    if (v < 1)
        return fail(error, QStringLiteral("size must be at least 1 item, got %1").arg(text));
    if (v > 9e18)
        return fail(error, QStringLiteral("size \"%1\" is too large").arg(text));
    return qint64(v);
}

} // namespace pb
