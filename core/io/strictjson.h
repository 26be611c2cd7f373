#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace pb {

/// Bounds a JSON document must stay within before anything is built from it. The defaults fit
/// ParaBench result files with a wide margin; other readers pass their own.
struct JsonLimits
{
    qint64 maxBytes = 256LL * 1024 * 1024;    ///< whole document
    int maxDepth = 32;                        ///< nested arrays/objects
    qsizetype maxStringBytes = 64 * 1024;     ///< one string (key or value), UTF-8 bytes
    qsizetype maxArrayElements = 1024 * 1024; ///< one array
    qsizetype maxObjectMembers = 4096;        ///< one object
    qsizetype maxValues = 16LL * 1024 * 1024; ///< every value in the document
    int maxNumberChars = 64;                  ///< one number literal
};

/// Checks that `bytes` is exactly one JSON text as RFC 8259 defines it, within `limits`.
/// Qt's parser accepts more (`1.`, `.5`, `"\x41"`, unpaired surrogates, numbers beyond the
/// double range) and has no size bounds; run this first. Also refuses binary data, UTF-16,
/// trailing garbage and duplicate keys (whose meaning RFC 8259 leaves open). One linear pass,
/// memory bounded by the keys of the open objects. On failure *error says what and where:
/// "line 3, column 14 (byte offset 52): a digit must follow the decimal point (\"1.\")".
/// *errorOffset (optional) gets the byte offset of the problem.
bool checkStrictJson(QByteArrayView bytes, const JsonLimits &limits, QString *error,
                     qsizetype *errorOffset = nullptr);

/// checkStrictJson, then QJsonDocument::fromJson. std::nullopt and *error on any failure.
std::optional<QJsonDocument> parseStrictJson(const QByteArray &bytes, const JsonLimits &limits,
                                             QString *error, qsizetype *errorOffset = nullptr);

/// "line 3, column 7 (byte offset 45)" (column in characters), for messages about JSON text.
QString jsonLineAndColumn(QByteArrayView bytes, qsizetype offset);

} // namespace pb
