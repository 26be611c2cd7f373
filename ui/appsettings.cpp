#include "ui/appsettings.h"

#include "core/io/resultio.h"
#include "core/io/strictjson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace pb::ui {

namespace {
const QString kConfigKey = QStringLiteral("experiment/result-json");
const QString kRecentKey = QStringLiteral("files/recent");
} // namespace

std::optional<pb::RunConfig> AppSettings::loadConfig(QString *why)
{
    const QByteArray json = QSettings().value(kConfigKey).toByteArray();
    if (json.isEmpty()) {
        *why = QStringLiteral("no saved configuration");
        return std::nullopt;
    }
    // The configuration is stored inside an empty result document so the documented, versioned
    // JSON format (and its validation) is reused instead of a second serialization.
    // Settings files are edited by hand too: the same strict reading as result files.
    QString error;
    const std::optional<QJsonDocument> doc = pb::parseStrictJson(json, pb::JsonLimits(), &error);
    if (!doc || !doc->isObject()) {
        *why = doc ? QStringLiteral("not a JSON object") : error;
        return std::nullopt;
    }
    const auto result = pb::fromJson(doc->object(), &error);
    if (!result) {
        *why = error;
        return std::nullopt;
    }
    return result->config;
}

void AppSettings::saveConfig(const pb::RunConfig &config)
{
    pb::RunResult holder;
    holder.config = config;
    QSettings().setValue(kConfigKey,
                         QJsonDocument(pb::toJson(holder)).toJson(QJsonDocument::Compact));
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    QSettings().setValue(kRecentKey, files);
}

QStringList AppSettings::withRecent(QStringList files, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    return files;
}

QByteArray AppSettings::value(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

void AppSettings::setValue(const QString &key, const QByteArray &bytes)
{
    QSettings().setValue(key, bytes);
}

} // namespace pb::ui
