#include "ui/runexport.h"

#include "core/io/resultio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pb::ui {

QString exportFileName(const QString &label, const QString &extension, const QString &dir,
                       QStringList *taken)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._]+"));
    QString base = label;
    base.replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')) || base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')) || base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        base.chop(extension.size() + 1); // "a.json" exported as JSON stays "a.json"
    base = base.left(80);
    if (base.isEmpty())
        base = QStringLiteral("run");
    const QDir d(dir);
    QString name = base + QLatin1Char('.') + extension;
    for (int n = 2; taken->contains(name) || QFileInfo::exists(d.filePath(name)); ++n)
        name = QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(extension);
    taken->append(name);
    return d.filePath(name);
}

bool exportRunsToFolder(const QList<RunEntry> &runs, const QString &dir, const QString &formatId,
                        QStringList *written, QString *error)
{
    const pb::ResultWriter *writer = pb::writerFor(formatId);
    if (!writer) {
        *error = QStringLiteral("unknown format \"%1\"").arg(formatId);
        return false;
    }
    const QFileInfo info(dir);
    if (!info.isDir()) {
        *error = QStringLiteral("%1 is not a folder").arg(dir);
        return false;
    }
    QStringList taken, done;
    QString failure;
    for (const RunEntry &r : runs) {
        if (r.live) {
            failure =
                QStringLiteral("%1 is still running; export it when it has finished").arg(r.label);
            break;
        }
        const QString path = exportFileName(r.label, writer->extension(), dir, &taken);
        QString why;
        if (!pb::writeFileAtomically(path, writer->write(r.result), &why)) {
            failure = QStringLiteral("%1: %2").arg(r.label, why);
            break;
        }
        done << path;
    }
    if (!failure.isEmpty()) {
        for (const QString &f : std::as_const(done))
            QFile::remove(f); // created by this export (names never replace a file)
        *error = failure;
        return false;
    }
    *written = done;
    return true;
}

} // namespace pb::ui
