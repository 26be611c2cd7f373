#pragma once

#include "core/model/provenance.h"
#include <parabench/workload.h>

#include <QString>

namespace pb {

// The parts of --list that describe workloads and plugins, and --list-plugins.

/// One workload: id, name, what it stresses, default size, description, parameters, and for a
/// plugin workload where it comes from.
QString workloadListText(const Workload &w);
/// "-p us_per_item=<double> (default 10, 0.01 to 1e6): CPU time of one item ..."
QString paramListText(const ParamSpec &p);
/// "collatz 1.0.0 (Release build, SDK 0.1.0), /path/collatz.so"
QString pluginOneLine(const PluginProvenance &p);
/// --list-plugins: the search folders (and whether they exist), then every loaded plugin with
/// its file, SHA-256, SDK version, build type, compiler and workloads.
QString pluginListText();

} // namespace pb
