#include "core/io/resultio.h"

#include "core/io/atomicfile.h"
#include "core/io/csvwriter.h"
#include "core/io/gbenchwriter.h"
#include "core/io/jsonfile.h"
#include "core/io/jsonwriter.h"
#include "core/io/markdownwriter.h"
#include "core/io/textwriter.h"
#include "core/stats/analysis.h"

#include <QJsonDocument>

namespace pb {

const ResultWriter *writerFor(const QString &formatId)
{
    static const JsonWriter json;
    static const CsvWriter csv;
    static const MarkdownWriter markdown;
    static const TextWriter text;
    static const GbenchWriter gbench;
    const QString id = formatId.toLower();
    if (id == QLatin1String("json"))
        return &json;
    if (id == QLatin1String("csv"))
        return &csv;
    if (id == QLatin1String("md") || id == QLatin1String("markdown"))
        return &markdown;
    if (id == QLatin1String("txt") || id == QLatin1String("text"))
        return &text;
    if (id == QLatin1String("gbench"))
        return &gbench;
    return nullptr;
}

QStringList writerFormatIds()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("md"),
            QStringLiteral("txt"), QStringLiteral("gbench")};
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return replaceFileAtomically(path, bytes, error);
}

bool writeResultFile(const RunResult &result, const QString &path, const QString &formatId,
                     QString *error)
{
    const ResultWriter *writer = writerFor(formatId);
    if (!writer) {
        if (error)
            *error = QStringLiteral("unknown output format \"%1\" (choose one of: %2)")
                         .arg(formatId, writerFormatIds().join(QStringLiteral(", ")));
        return false;
    }
    return writeFileAtomically(path, writer->write(result), error);
}

std::optional<RunResult> readResultFile(const QString &path, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    const std::optional<QJsonObject> root = readJsonObjectFile(path, err);
    if (!root)
        return std::nullopt;
    QString parseMessage;
    std::optional<RunResult> result = fromJson(*root, &parseMessage);
    if (!result)
        *err = path + QStringLiteral(": ") + parseMessage;
    else
        reanalyzeLoaded(*result); // this build's fits and warnings, e.g. for older files
    return result;
}

} // namespace pb
