#pragma once

// What a plugin source file includes: the spec machinery (specworkload.h) and the registration
// macro. A plugin is one .cpp file with one or more specs, each registered once:
//
//   #include <parabench/plugin.h>
//   struct Collatz { ... };                 // see specworkload.h
//   PARABENCH_REGISTER_WORKLOAD(Collatz);
//
// and one CMake call, parabench_add_workload(collatz SOURCES collatz.cpp), which generates the
// Qt plugin class (WorkloadPlugin) with its metadata.

#include <parabench/specworkload.h>
#include <parabench/workloadplugin.h>
#include <parabench/workloadutil.h>

#include <QList>

#include <memory>

namespace pb::plugin {

using Factory = std::unique_ptr<Workload> (*)();

/// The workloads registered in this plugin, in registration order. Defined in the source that
/// parabench_add_workload() generates (one per plugin; plugins hide their symbols).
QList<Factory> &factories();

template <class Spec> std::unique_ptr<Workload> make()
{
    return std::make_unique<SpecWorkload<Spec>>();
}

/// Adds Spec to factories() during the plugin's static initialization.
template <class Spec> struct Registrar
{
    Registrar() { factories().append(&make<Spec>); }
};

} // namespace pb::plugin

#define PARABENCH_DETAIL_CAT2(a, b) a##b
#define PARABENCH_DETAIL_CAT(a, b) PARABENCH_DETAIL_CAT2(a, b)

/// Registers the workload spec `Spec` in this plugin. Write it once per spec, at namespace
/// scope, after the spec.
#define PARABENCH_REGISTER_WORKLOAD(Spec)                                                          \
    static const ::pb::plugin::Registrar<Spec> PARABENCH_DETAIL_CAT(parabenchRegistrar_, __LINE__)
