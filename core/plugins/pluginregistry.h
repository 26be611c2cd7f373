#pragma once

#include "core/model/provenance.h"
#include <parabench/workload.h>

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QPluginLoader;

namespace pb {

/// A workload plugin this process loaded: its metadata and file (provenance) and its workloads.
struct LoadedPlugin
{
    PluginProvenance info;
    QList<const Workload *> workloads;
};

/// The workload plugins of this process. Loading checks everything it can from the plugin's
/// metadata before any of its code runs (file, shared library, Qt plugin, interface id, SDK
/// version, plugin id), then instantiates it and checks its workloads (ids unique, parameter
/// declarations valid). A refused plugin registers nothing and leaves the others alone.
/// Plugins are never unloaded: their code may still be referenced (workloads, results).
/// Thread-safe.
class PluginRegistry
{
public:
    /// The process's registry (never destroyed: plugin code must stay mapped until exit).
    static PluginRegistry &instance();

    /// Loads the plugin file at path. `reservedIds` are workload ids taken by ParaBench itself
    /// (the built-ins). Returns a copy of the entry, or nullopt with *error naming the file and
    /// the reason. Loading a file that is already loaded returns its entry. *warning (may be
    /// null) is set when the plugin loads but its timings are suspect (an unoptimized build).
    std::optional<LoadedPlugin> load(const QString &path, const QStringList &reservedIds,
                                     QString *error, QString *warning = nullptr);

    QList<LoadedPlugin> plugins() const;
    QList<const Workload *> workloads() const;
    /// The plugin that registered the workload id, or nullopt.
    std::optional<LoadedPlugin> pluginOf(const QString &workloadId) const;

    /// True for the name of a file a folder scan considers: a shared library (*.so).
    static bool looksLikePlugin(const QString &fileName);

private:
    PluginRegistry() = default;

    struct Entry
    {
        LoadedPlugin plugin;
        std::unique_ptr<QPluginLoader> loader; ///< kept: deleting it would not unload, but
                                               ///< keeping it keeps the root object owned
    };
    /// Checks from the file and its metadata alone; nullopt (and *error) when refused.
    std::optional<PluginProvenance> inspect(const QString &file, QPluginLoader &loader,
                                            QString *error, QString *warning) const;
    /// Instantiates and checks the workloads; false (and *error) when refused.
    bool instantiate(Entry &entry, const QStringList &reservedIds, QString *error) const;
    const Entry *findFile(const QString &file) const;

    mutable QMutex m_mutex;
    QMutex m_loadMutex; ///< one load at a time (held while plugin code runs, m_mutex is not)
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace pb
