#include "core/model/sizeparse.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
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

namespace pb {

namespace {

std::optional<QList<qint64>> failList(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<QList<qint64>> parseLogSpec(const QString &text, QString *error)
{
    const QStringList parts = text.mid(4).split(QLatin1Char(':'));
    const QString usage = QStringLiteral("write log:FROM:TO:POINTS, e.g. log:1e3:1e7:9");
    if (parts.size() != 3)
        return failList(error, QStringLiteral("size sweep \"%1\": %2").arg(text, usage));
    QString partError;
    const std::optional<qint64> from = parseSize(parts[0], &partError);
    const std::optional<qint64> to = from ? parseSize(parts[1], &partError) : std::nullopt;
    if (!from || !to)
        return failList(error, QStringLiteral("size sweep \"%1\": %2").arg(text, partError));
    bool ok = false;
    const int points = parts[2].trimmed().toInt(&ok);
    if (!ok || points < 2 || points > kMaxSizesPerSweep)
        return failList(error, QStringLiteral("size sweep \"%1\": the number of points must be a "
                                              "whole number from 2 to %2, got \"%3\"")
                                   .arg(text)
                                   .arg(kMaxSizesPerSweep)
                                   .arg(parts[2].trimmed()));
    if (*to <= *from)
        return failList(error, QStringLiteral("size sweep \"%1\": the end (%2) must be larger than "
                                              "the start (%3)")
                                   .arg(text)
                                   .arg(*to)
                                   .arg(*from));
    return logSpacedSizes(*from, *to, points);
}

std::optional<QList<qint64>> parseCommaList(const QString &text, QString *error)
{
    QList<qint64> sizes;
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString partError;
        const std::optional<qint64> v = parseSize(part, &partError);
        if (!v)
            return failList(error, QStringLiteral("size list \"%1\": %2").arg(text, partError));
        if (sizes.contains(*v))
            return failList(
                error, QStringLiteral("size list \"%1\": %2 is listed twice").arg(text).arg(*v));
        sizes.append(*v);
    }
    if (sizes.size() > kMaxSizesPerSweep)
        return failList(error, QStringLiteral("size list \"%1\" has %2 sizes; at most %3")
                                   .arg(text)
                                   .arg(sizes.size())
                                   .arg(kMaxSizesPerSweep));
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

} // namespace

std::optional<QList<qint64>> parseSizeList(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("log:"), Qt::CaseInsensitive))
        return parseLogSpec(t, error);
    QString singleError;
    const std::optional<qint64> single = parseSize(t, &singleError);
    if (!t.contains(QLatin1Char(','))) {
        if (!single)
            return failList(error, singleError);
        return QList<qint64>{*single};
    }
    QString listError;
    const std::optional<QList<qint64>> list = parseCommaList(t, &listError);
    if (single && list)
        return failList(error, QStringLiteral("size \"%1\" is ambiguous: one number (%2) or a "
                                              "list? Write %2 for one number; for a list, put a "
                                              "space after each comma (\"%3\")")
                                   .arg(t)
                                   .arg(*single)
                                   .arg(t.split(QLatin1Char(',')).join(QStringLiteral(", "))));
    if (single)
        return QList<qint64>{*single};
    static const QRegularExpression decimalComma(QStringLiteral("^\\d+,\\d{1,2}\\s*[kKmMgG]?$"));
    if (list && decimalComma.match(t).hasMatch())
        return failList(error, QStringLiteral("size \"%1\" is ambiguous: a decimal comma (write "
                                              "%2) or a list? For a list, put a space after "
                                              "each comma (\"%3\")")
                                   .arg(t, QString(t).replace(QLatin1Char(','), QLatin1Char('.')),
                                        t.split(QLatin1Char(',')).join(QStringLiteral(", "))));
    if (list)
        return list;
    // Neither reading works: a list's message names the bad item, which helps more.
    return failList(error, listError);
}

QList<qint64> logSpacedSizes(qint64 from, qint64 to, int points)
{
    QList<qint64> sizes;
    if (from < 1 || to < from || points < 1)
        return sizes;
    const double a = std::log(double(from)), b = std::log(double(to));
    for (int i = 0; i < points; ++i) {
        const double t = points == 1 ? 0.0 : double(i) / (points - 1);
        // Exact ends: exp(log(x)) need not give x back.
        const qint64 v = i == 0            ? from
                         : i == points - 1 ? to
                                           : qint64(std::llround(std::exp(a + (b - a) * t)));
        if (sizes.isEmpty() || v > sizes.constLast())
            sizes.append(v);
    }
    return sizes;
}

QString sizeListText(const QList<qint64> &sizes)
{
    if (sizes.size() == 1)
        return QString::number(sizes.constFirst());
    if (sizes.size() >= 3)
        for (int points = int(sizes.size()); points <= kMaxSizesPerSweep; ++points) {
            const QList<qint64> candidate =
                logSpacedSizes(sizes.constFirst(), sizes.constLast(), points);
            if (candidate == sizes)
                return QStringLiteral("log:%1:%2:%3")
                    .arg(sizes.constFirst())
                    .arg(sizes.constLast())
                    .arg(points);
            if (candidate.size() > sizes.size())
                break;
        }
    QStringList parts;
    for (qint64 s : sizes)
        parts << QString::number(s);
    // ", " keeps a list of three-digit sizes from reading as one grouped number.
    return parts.join(QStringLiteral(", "));
}

} // namespace pb
