// A plugin that forgot PARABENCH_REGISTER_WORKLOAD: it has no workloads.
#include <parabench/plugin.h>
