#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pb {

/// Reads a whole regular file of at most maxBytes. Anything else is refused before it is read
/// with a message that says what it is: a directory, a named pipe (reading one waits for a
/// writer, possibly forever), a device (/dev/zero never ends), a socket. The type is checked
/// before opening and again on the open descriptor (opened non-blocking, so a file swapped for
/// a FIFO in between cannot hang), and the read stops at maxBytes even when the size was
/// misreported. On failure: std::nullopt and "cannot read <path>: <what>" in *error.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

} // namespace pb
