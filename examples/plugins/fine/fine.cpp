// The built-in `fine` workload as a plugin: the very same spec (input generator and kernel,
// core/workloads/fine.h, shared with the built-in, not copied) under another id.
#include "fineplugin.h"

#include <parabench/plugin.h>

PARABENCH_REGISTER_WORKLOAD(FinePlugin);
