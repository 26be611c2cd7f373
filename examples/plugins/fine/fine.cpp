// The built-in `fine` workload as a plugin: the very same spec (input generator and kernel,
// core/workloads/fine.h, shared with the built-in, not copied) under another id.
#include "core/workloads/fine.h"

#include <parabench/plugin.h>

struct FinePlugin : pb::FineSpec
{
    static constexpr pb::WorkloadInfo info{.id = "fine-plugin",
                                           .name = "Fine-grained arithmetic (plugin)",
                                           .description = pb::FineSpec::info.description,
                                           .stresses = pb::FineSpec::info.stresses,
                                           .defaultSize = pb::FineSpec::info.defaultSize,
                                           .reduction = pb::FineSpec::info.reduction};
};

PARABENCH_REGISTER_WORKLOAD(FinePlugin);
