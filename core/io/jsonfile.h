#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pb {

/// Reads a file that must hold one JSON object: a regular file of at most 256 MiB
/// (readRegularFile: no directory, FIFO or device), not empty, strict RFC 8259 JSON within
/// JsonLimits (checkStrictJson; line, column and offset named; Google Benchmark's bare NaN or
/// Infinity explained). The one place result readers get their document from, so every format
/// gets the same checks of the bytes.
std::optional<QJsonObject> readJsonObjectFile(const QString &path, QString *error);

} // namespace pb
