#include "ui/runstore.h"

#include "core/io/regularfile.h"
#include "core/io/resultio.h"
#include "core/io/strictjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace pb::ui {

namespace {

const QString kIndex = QStringLiteral("index.json");
const QString kIndexFormat = QStringLiteral("parabench-run-list");
constexpr qint64 kMaxIndexBytes = 1 << 20; // 200 entries are a few kB

/// A store file name is a plain name in the folder, never a path elsewhere.
bool isPlainJsonName(const QString &name)
{
    return !name.isEmpty() && QFileInfo(name).fileName() == name &&
           name.endsWith(QLatin1String(".json")) && name != kIndex;
}

/// Letters, digits, '-' and '_' only: a workload id never makes a path.
QString safeName(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return out;
}

struct IndexEntry
{
    QString file, label, source;
    bool visible = true;
};

QList<IndexEntry> readIndex(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return {};
    // The same guards as a result file: a FIFO or device planted here must not hang the start.
    const std::optional<QByteArray> bytes = pb::readRegularFile(path, kMaxIndexBytes, error);
    if (!bytes)
        return {};
    const std::optional<QJsonDocument> doc = pb::parseStrictJson(*bytes, pb::JsonLimits(), error);
    if (!doc)
        return {};
    const QJsonObject root = doc->object();
    if (!doc->isObject() || root.value(QLatin1String("format")).toString() != kIndexFormat ||
        !root.value(QLatin1String("runs")).isArray()) {
        *error = QStringLiteral("not a ParaBench run list");
        return {};
    }
    QList<IndexEntry> out;
    for (const QJsonValue &v : root.value(QLatin1String("runs")).toArray()) {
        const QJsonObject o = v.toObject();
        IndexEntry e;
        e.file = o.value(QLatin1String("file")).toString();
        e.label = o.value(QLatin1String("label")).toString().left(200);
        e.source = o.value(QLatin1String("source")).toString();
        e.visible = o.value(QLatin1String("visible")).toBool(true);
        if (isPlainJsonName(e.file))
            out << e;
    }
    return out;
}

} // namespace

QString RunStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/runs");
}

RunStore::RunStore(QString folder) : m_folder(std::move(folder)) {}

RunStore::Loaded RunStore::load() const
{
    Loaded loaded;
    const QDir dir(m_folder);
    if (!dir.exists())
        return loaded;
    QString indexError;
    QList<IndexEntry> index = readIndex(dir.filePath(kIndex), &indexError);
    if (!indexError.isEmpty())
        loaded.notes << QObject::tr("%1: %2; restoring the result files found instead")
                            .arg(kIndex, indexError);
    QSet<QString> listed;
    for (const IndexEntry &e : std::as_const(index))
        listed.insert(e.file);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        if (!listed.contains(f) && isPlainJsonName(f))
            index << IndexEntry{f, {}, {}, true};
    if (index.size() > kMaxRuns) {
        loaded.notes << QObject::tr("%n older run(s) not restored (at most %1 are)", nullptr,
                                    int(index.size() - kMaxRuns))
                            .arg(kMaxRuns);
        index = index.mid(index.size() - kMaxRuns);
    }
    for (const IndexEntry &e : std::as_const(index)) {
        if (!QFileInfo::exists(dir.filePath(e.file)))
            continue; // removed by hand: nothing to say
        QString error;
        const std::optional<pb::RunResult> result =
            pb::readResultFile(dir.filePath(e.file), &error);
        if (!result) {
            // Name the file once, by its name (the folder is said elsewhere).
            error.replace(dir.filePath(e.file), e.file);
            loaded.notes << (error.startsWith(e.file) ? error
                                                      : QObject::tr("%1: %2").arg(e.file, error));
            continue;
        }
        RunEntry entry;
        entry.result = *result;
        entry.label = e.label;
        entry.visible = e.visible;
        entry.sourceFile = e.source;
        entry.storeFile = e.file;
        loaded.runs << entry;
    }
    return loaded;
}

QString RunStore::uniqueFileName(const RunEntry &entry) const
{
    const QDateTime when = entry.result.system.date.isValid() ? entry.result.system.date
                                                              : QDateTime::currentDateTimeUtc();
    const QString stem = QStringLiteral("run-%1-%2")
                             .arg(when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  safeName(entry.result.config.workload.left(40)));
    QString name = stem + QStringLiteral(".json");
    for (int n = 2; QFileInfo::exists(QDir(m_folder).filePath(name)); ++n)
        name = stem + QStringLiteral("-%1.json").arg(n);
    return name;
}

bool RunStore::save(RunEntry &entry, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = QObject::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString name = isPlainJsonName(entry.storeFile) ? entry.storeFile : uniqueFileName(entry);
    if (!pb::writeResultFile(entry.result, QDir(m_folder).filePath(name), QStringLiteral("json"),
                             error))
        return false;
    entry.storeFile = name;
    return true;
}

bool RunStore::remove(const RunEntry &entry, QString *error) const
{
    if (!isPlainJsonName(entry.storeFile))
        return true;
    QFile f(QDir(m_folder).filePath(entry.storeFile));
    if (!f.exists() || f.remove())
        return true;
    *error = f.errorString();
    return false;
}

bool RunStore::saveIndex(const QList<RunEntry> &runs, QString *error) const
{
    QJsonArray list;
    for (const RunEntry &r : runs) {
        if (r.storeFile.isEmpty())
            continue; // live or never kept: nothing to point at
        QJsonObject o{{QStringLiteral("file"), r.storeFile},
                      {QStringLiteral("label"), r.label},
                      {QStringLiteral("visible"), r.visible}};
        if (!r.sourceFile.isEmpty())
            o.insert(QStringLiteral("source"), r.sourceFile);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kIndexFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("runs"), list}};
    if (!QDir().mkpath(m_folder)) {
        *error = QObject::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    return pb::writeFileAtomically(QDir(m_folder).filePath(kIndex), QJsonDocument(root).toJson(),
                                   error);
}

} // namespace pb::ui
