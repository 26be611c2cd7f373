#include "core/io/resultio.h"

#include "core/io/atomicfile.h"
#include "core/io/csvwriter.h"
#include "core/io/gbenchwriter.h"
#include "core/io/jsonwriter.h"
#include "core/io/markdownwriter.h"
#include "core/io/regularfile.h"
#include "core/io/strictjson.h"
#include "core/io/textwriter.h"

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
    const JsonLimits limits; // the defaults are sized for result files
    const std::optional<QByteArray> bytes = readRegularFile(path, limits.maxBytes, err);
    if (!bytes)
        return std::nullopt;
    if (bytes->isEmpty()) {
        *err = QStringLiteral("cannot read %1: the file is empty").arg(path);
        return std::nullopt;
    }
    QString jsonError;
    const std::optional<QJsonDocument> doc = parseStrictJson(*bytes, limits, &jsonError);
    if (!doc) {
        *err = QStringLiteral("%1 is not valid JSON: %2").arg(path, jsonError);
        return std::nullopt;
    }
    if (!doc->isObject()) {
        *err = QStringLiteral("%1: not a ParaBench result: the document is %2, expected an "
                              "object")
                   .arg(path, doc->isArray() ? QStringLiteral("an array")
                                             : QStringLiteral("not an object"));
        return std::nullopt;
    }
    QString parseMessage;
    std::optional<RunResult> result = fromJson(doc->object(), &parseMessage);
    if (!result)
        *err = path + QStringLiteral(": ") + parseMessage;
    return result;
}

} // namespace pb
