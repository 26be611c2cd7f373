#pragma once

#include <parabench/sdkversion.h>
#include <parabench/workload.h>

#include <QList>
#include <QtPlugin>

namespace pb {

/// The root object of a ParaBench workload plugin: the list of its workloads. You do not write
/// it: parabench_add_workload() (CMake) generates it for the workloads registered with
/// PARABENCH_REGISTER_WORKLOAD (plugin.h), with Q_PLUGIN_METADATA(IID
/// PARABENCH_WORKLOAD_PLUGIN_IID FILE "parabench_workload.json").
///
/// Part of the plugin ABI: frozen within an SDK major version, like Workload, WorkloadData,
/// PrepareRequest, ParamSpec, VerifyResult and CancelToken.
class WorkloadPlugin
{
public:
    virtual ~WorkloadPlugin() = default;

    /// The workloads of this plugin, owned by it; they live as long as the process.
    virtual QList<const Workload *> workloads() const = 0;
};

} // namespace pb

Q_DECLARE_INTERFACE(pb::WorkloadPlugin, PARABENCH_WORKLOAD_PLUGIN_IID)
