#include "core/io/jsonfile.h"

#include "core/io/gbenchreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pb {
namespace {

constexpr qint64 kMaxJsonFileBytes = 256LL * 1024 * 1024; // as readResultFile

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<QJsonObject> readJsonObjectFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("cannot read %1: file does not exist").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = QStringLiteral("cannot read %1: it is a directory").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("cannot read %1: not a regular file").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxJsonFileBytes) {
        *error = QStringLiteral("cannot read %1: the file is %2 MiB; result files over %3 MiB "
                                "are refused")
                     .arg(path)
                     .arg(info.size() / (1024 * 1024))
                     .arg(kMaxJsonFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxJsonFileBytes + 1);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString nan = gbenchNanMessage(bytes, parseError.offset);
        *error = QStringLiteral("%1 is not valid JSON: %2 at %3")
                     .arg(path, nan.isEmpty() ? parseError.errorString() : nan,
                          lineAndColumn(bytes, parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a result: the document is %2, expected an object")
                     .arg(path, doc.isArray() ? QStringLiteral("an array")
                                              : QStringLiteral("not an object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace pb
