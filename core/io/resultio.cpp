#include "core/io/resultio.h"

#include "core/io/atomicfile.h"
#include "core/io/csvwriter.h"
#include "core/io/gbenchwriter.h"
#include "core/io/jsonwriter.h"
#include "core/io/markdownwriter.h"
#include "core/io/textwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pb {

namespace {

constexpr qint64 kMaxResultFileBytes = 256LL * 1024 * 1024;

/// "line 3, column 7" for a byte offset, so a user can find a JSON syntax error in an editor.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

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
    const QFileInfo info(path);
    if (!info.exists()) {
        *err = QStringLiteral("cannot read %1: file does not exist").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *err = QStringLiteral("cannot read %1: it is a directory").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxResultFileBytes) {
        *err = QStringLiteral("cannot read %1: the file is %2 MiB; result files over %3 MiB are "
                              "refused (is it really a ParaBench result?)")
                   .arg(path)
                   .arg(info.size() / (1024 * 1024))
                   .arg(kMaxResultFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *err = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *err = QStringLiteral("%1 is not valid JSON: %2 at %3 (offset %4)")
                   .arg(path, parseError.errorString(), lineAndColumn(bytes, parseError.offset))
                   .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *err = QStringLiteral("%1: not a ParaBench result: the document is %2, expected an "
                              "object")
                   .arg(path, doc.isArray() ? QStringLiteral("an array")
                                            : QStringLiteral("not an object"));
        return std::nullopt;
    }
    QString parseMessage;
    std::optional<RunResult> result = fromJson(doc.object(), &parseMessage);
    if (!result)
        *err = path + QStringLiteral(": ") + parseMessage;
    return result;
}

} // namespace pb
