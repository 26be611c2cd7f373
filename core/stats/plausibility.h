#pragma once

#include "core/model/result.h"
#include "core/stats/warnings.h"

namespace pb {

/// Warnings about what a cell's numbers cannot mean or are hiding: a speedup the CPUs cannot
/// deliver ("impossible-speedup"), workers that sat idle ("low-cpu-utilisation") and CPU time
/// the hypervisor gave to other VMs ("steal"). Thresholds in `t`.
void addPlausibilityWarnings(const CellResult &c, bool sizeSweep, const SystemInfo &sys,
                             const WarningThresholds &t, QList<Warning> &out);

} // namespace pb
