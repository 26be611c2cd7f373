#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pb {

/// Reads a file that must hold one JSON object: refuses a missing file, a directory, a file
/// over the result-size cap and malformed JSON (line and column named; a bare NaN or Infinity
/// explained). The one place result readers get their document from, so stricter checks of
/// the bytes (the hardened reader in progress) apply to every format at once.
std::optional<QJsonObject> readJsonObjectFile(const QString &path, QString *error);

} // namespace pb
