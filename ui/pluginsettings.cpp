#include "ui/pluginsettings.h"

#include <QSettings>

namespace pb::ui {

namespace {
const QString kFilesKey = QStringLiteral("plugins/files");
const QString kLoadingKey = QStringLiteral("plugins/loading");
const QString kSeparateKey = QStringLiteral("run/separateProcessForAll");
} // namespace

QStringList PluginSettings::files()
{
    return QSettings().value(kFilesKey).toStringList();
}

void PluginSettings::setFiles(const QStringList &files)
{
    QSettings().setValue(kFilesKey, files);
}

void PluginSettings::remember(const QString &file)
{
    QStringList list = files();
    if (!list.contains(file)) {
        list << file;
        setFiles(list);
    }
}

QString PluginSettings::loading()
{
    return QSettings().value(kLoadingKey).toString();
}

void PluginSettings::setLoading(const QString &file)
{
    QSettings settings;
    if (file.isEmpty())
        settings.remove(kLoadingKey);
    else
        settings.setValue(kLoadingKey, file);
    settings.sync(); // must be on disk before the plugin's code runs
}

bool PluginSettings::separateProcessForAll()
{
    return QSettings().value(kSeparateKey, false).toBool();
}

void PluginSettings::setSeparateProcessForAll(bool on)
{
    QSettings().setValue(kSeparateKey, on);
}

} // namespace pb::ui
