#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace pb {

/// Serializes a RunResult to one file format. One subclass per format (json, csv, markdown,
/// text table), so adding a format touches one file pair.
class ResultWriter
{
public:
    virtual ~ResultWriter() = default;
    virtual QString formatId() const = 0;  ///< "json", "csv", "md", "txt"
    virtual QString extension() const = 0; ///< without dot
    virtual QByteArray write(const RunResult &result) const = 0;
};

/// The writer for a format id ("json", "csv", "md"/"markdown", "txt", "gbench" = Google
/// Benchmark JSON), or nullptr.
const ResultWriter *writerFor(const QString &formatId);
QStringList writerFormatIds();

/// Writes bytes to path atomically (replaceFileAtomically in atomicfile.h): on any failure the
/// old file is untouched and no partial file is left. Returns false and a specific *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

/// Writes result in the given format to path atomically.
bool writeResultFile(const RunResult &result, const QString &path, const QString &formatId,
                     QString *error);

// --- JSON (versioned, documented in docs/json-format.md) ---
QJsonObject toJson(const RunResult &result);
/// Parses a ParaBench result. A malformed, foreign or newer-version document gives
/// std::nullopt and a specific *error (which field, what was expected).
std::optional<RunResult> fromJson(const QJsonObject &object, QString *error);
/// Reads a result file and derives its fits, break-even sizes, cost models and warnings again
/// with this build's rules (reanalyzeLoaded), keeping the cells' statistics as stored.
std::optional<RunResult> readResultFile(const QString &path, QString *error);

} // namespace pb
