#include "core/io/jsonfile.h"

#include "core/io/gbenchreader.h"
#include "core/io/regularfile.h"
#include "core/io/strictjson.h"

namespace pb {

std::optional<QJsonObject> readJsonObjectFile(const QString &path, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    const JsonLimits limits; // the defaults are sized for result files
    const std::optional<QByteArray> bytes = readRegularFile(path, limits.maxBytes, err);
    if (!bytes)
        return std::nullopt;
    if (bytes->isEmpty()) {
        *err = QStringLiteral("cannot read %1: the file is empty").arg(path);
        return std::nullopt;
    }
    QString jsonError;
    qsizetype offset = 0;
    const std::optional<QJsonDocument> doc = parseStrictJson(*bytes, limits, &jsonError, &offset);
    if (!doc) {
        // Google Benchmark writes bare NaN; say so in its files (told apart by their key).
        const QString nan =
            bytes->contains("\"benchmarks\"") ? gbenchNanMessage(*bytes, offset) : QString();
        *err = QStringLiteral("%1 is not valid JSON: %2")
                   .arg(path, nan.isEmpty()
                                  ? jsonError
                                  : jsonLineAndColumn(*bytes, offset) + QStringLiteral(": ") + nan);
        return std::nullopt;
    }
    if (!doc->isObject()) {
        *err = QStringLiteral("%1: not a result: the document is %2, expected an object")
                   .arg(path, doc->isArray() ? QStringLiteral("an array")
                                             : QStringLiteral("not an object"));
        return std::nullopt;
    }
    return doc->object();
}

} // namespace pb
