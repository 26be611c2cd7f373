#pragma once

#include "core/strategy.h"

#include <memory>

namespace pb {

// Factories of the built-in strategies; the registry (strategyregistry.cpp) owns the objects.
std::unique_ptr<Strategy> makeSerialStrategy();
std::unique_ptr<Strategy> makeMappedStrategy();
std::unique_ptr<Strategy> makeChunkedStrategy();
std::unique_ptr<Strategy> makeInplaceStrategy();
std::unique_ptr<Strategy> makeMapReduceStrategy();
std::unique_ptr<Strategy> makeThreadsStrategy();
/// nullptr when the build has no OpenMP.
std::unique_ptr<Strategy> makeOpenMpStrategy();

/// Processes [begin, end) in pieces small enough that a cancel is noticed within ~1/4096 of
/// the range, returning false when canceled.
bool computeCancellable(WorkloadData &data, qint64 begin, qint64 end, const CancelToken &cancel);

} // namespace pb
