#pragma once

#include "core/run/strategy.h"

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

/// Items between two cancel checks: about 1 ms of work when the cost per item is known (so a
/// range call is never split into tiny pieces, which would cost a virtual call per item and
/// the kernel loop's vectorization), else 1/4096 of the range.
qint64 cancelPiece(qint64 items, double nsPerItem);

/// Processes [begin, end) in pieces of `piece` items, checking `cancel` between them; false
/// when canceled.
bool computeCancellable(WorkloadData &data, qint64 begin, qint64 end, qint64 piece,
                        const CancelToken &cancel);

} // namespace pb
