// Registers a workload under the id of a built-in one ("fine"): refused.
#include "core/workloads/fine.h"

#include <parabench/plugin.h>

PARABENCH_REGISTER_WORKLOAD(pb::FineSpec);
