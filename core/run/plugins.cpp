#include "core/run/plugins.h"

#include "core/plugins/pluginregistry.h"
#include "core/run/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef PARABENCH_PLUGIN_DIR_FROM_BIN
#define PARABENCH_PLUGIN_DIR_FROM_BIN "../lib/parabench/plugins"
#endif

namespace pb {

namespace {

QStringList builtinIds()
{
    QStringList ids;
    for (const Workload *w : builtinWorkloads())
        ids << w->id();
    return ids;
}

} // namespace

QStringList pluginSearchFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("PARABENCH_PLUGIN_PATH");
    for (const QString &dir : env.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << QDir::cleanPath(QDir(dir).absolutePath());
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!user.isEmpty())
        folders << QDir::cleanPath(user + QStringLiteral("/parabench/plugins"));
    if (QCoreApplication::instance())
        folders << QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                   QStringLiteral(PARABENCH_PLUGIN_DIR_FROM_BIN));
    folders.removeDuplicates();
    return folders;
}

bool loadWorkloadPlugin(const QString &file, QString *error, QString *warning)
{
    return PluginRegistry::instance().load(file, builtinIds(), error, warning).has_value();
}

bool loadPluginFolder(const QString &folder, QString *error, QStringList *warnings)
{
    const QDir dir(folder);
    if (!dir.exists() || !dir.isReadable()) {
        if (error)
            *error = QStringLiteral("cannot read plugin folder %1").arg(folder);
        return false;
    }
    const QFileInfoList files =
        dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &f : files) {
        if (!PluginRegistry::looksLikePlugin(f.fileName()))
            continue;
        QString why, warning;
        if (!loadWorkloadPlugin(f.absoluteFilePath(), &why, &warning))
            warnings->append(QStringLiteral("skipped %1").arg(why));
        else if (!warning.isEmpty())
            warnings->append(warning);
    }
    return true;
}

bool loadStartupPlugins(const QStringList &paths, bool scan, QString *error, QStringList *warnings)
{
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        if (fi.isDir()) {
            if (!loadPluginFolder(fi.absoluteFilePath(), error, warnings))
                return false;
            continue;
        }
        QString warning;
        if (!loadWorkloadPlugin(path, error, &warning))
            return false;
        if (!warning.isEmpty())
            warnings->append(warning);
    }
    if (!scan)
        return true;
    for (const QString &folder : pluginSearchFolders())
        if (QFileInfo(folder).isDir())
            loadPluginFolder(folder, nullptr, warnings);
    return true;
}

std::optional<PluginProvenance> workloadPlugin(const QString &workloadId)
{
    if (const auto p = PluginRegistry::instance().pluginOf(workloadId))
        return p->info;
    return std::nullopt;
}

QList<PluginProvenance> loadedPlugins()
{
    QList<PluginProvenance> list;
    for (const LoadedPlugin &p : PluginRegistry::instance().plugins())
        list << p.info;
    return list;
}

QStringList pluginWorkloadIds(const QString &file)
{
    QStringList ids;
    for (const LoadedPlugin &p : PluginRegistry::instance().plugins())
        if (p.info.file == file)
            for (const Workload *w : p.workloads)
                ids << w->id();
    return ids;
}

} // namespace pb
