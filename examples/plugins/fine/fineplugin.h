#pragma once
// The built-in `fine` spec under the id fine-plugin (a header so that bench/pluginbench.cpp can
// name the type when it compares the two outputs bit for bit).

#include "core/workloads/fine.h"

struct FinePlugin : pb::FineSpec
{
    static constexpr pb::WorkloadInfo info{
        .id = "fine-plugin",
        .name = "Fine-grained arithmetic (plugin)",
        .description = pb::FineSpec::info.description,
        .stresses = pb::FineSpec::info.stresses,
        .defaultSize = pb::FineSpec::info.defaultSize,
        .reduction = pb::FineSpec::info.reduction};
};
