#pragma once

#include "core/model/provenance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pb {

// Workload plugins in the workload registry (registry.h): where they are searched, how they are
// loaded at start-up, and which plugin a workload comes from. docs/plugins.md.

/// The folders searched at start-up, in order: each entry of PARABENCH_PLUGIN_PATH
/// (colon-separated), the per-user folder (<GenericDataLocation>/parabench/plugins, e.g.
/// ~/.local/share/parabench/plugins) and the installation's plugin folder next to the program
/// (<bin>/../lib/parabench/plugins).
QStringList pluginSearchFolders();

/// Loads one plugin file; its workloads join workloads(). False with *error naming the file and
/// the reason; *warning (may be null) for a plugin that loads but whose timings are suspect.
bool loadWorkloadPlugin(const QString &file, QString *error, QString *warning = nullptr);

/// Loads every plugin (*.so) in a folder. A plugin that fails is skipped with a warning; the
/// others still load. False with *error only when the folder itself cannot be read.
bool loadPluginFolder(const QString &folder, QString *error, QStringList *warnings);

/// What a program does at start: the `paths` given explicitly (files or folders; a failure is an
/// error), then, when `scan`, the search folders (failures are warnings; missing folders are
/// skipped). First come, first served: a later plugin with a taken id is refused.
bool loadStartupPlugins(const QStringList &paths, bool scan, QString *error, QStringList *warnings);

/// The plugin the workload comes from; nullopt for a built-in (or an unknown id).
std::optional<PluginProvenance> workloadPlugin(const QString &workloadId);
/// Every loaded plugin, in loading order.
QList<PluginProvenance> loadedPlugins();
/// The ids of the workloads of a loaded plugin (by its file).
QStringList pluginWorkloadIds(const QString &file);

} // namespace pb
