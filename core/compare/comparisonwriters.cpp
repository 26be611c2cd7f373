#include "core/compare/comparisonwriters.h"

namespace pb {

QStringList comparisonFormatIds()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("csv"),
            QStringLiteral("json")};
}

std::optional<QByteArray> writeComparisons(const QString &formatId,
                                           const QList<Comparison> &comparisons,
                                           const CompareOptions &options)
{
    const QString id = formatId.toLower();
    if (id == QLatin1String("txt") || id == QLatin1String("text"))
        return comparisonText(comparisons, options);
    if (id == QLatin1String("md") || id == QLatin1String("markdown"))
        return comparisonMarkdown(comparisons, options);
    if (id == QLatin1String("csv"))
        return comparisonCsv(comparisons, options);
    if (id == QLatin1String("json"))
        return comparisonJson(comparisons, options);
    return std::nullopt;
}

} // namespace pb
