#pragma once

#include <parabench/workload.h>

#include <QString>

namespace pb {

// The parts of --list that describe a workload.

/// One workload: id, name, what it stresses, default size, description, parameters, and for a
/// plugin workload where it comes from.
QString workloadListText(const Workload &w);
/// "-p us_per_item=<double> (default 10, 0.01 to 1e6): CPU time of one item ..."
QString paramListText(const ParamSpec &p);

} // namespace pb
