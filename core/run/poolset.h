#pragma once

#include "core/run/workerpool.h"

#include <QThreadPool>

#include <map>
#include <memory>

namespace pb {

/// One warm WorkerPool per worker count, all alive at once: interleaved repetitions switch
/// between worker counts run after run, and thread start-up must never be timed. Idle threads
/// wait on a condition variable and cost no CPU.
class PoolSet
{
public:
    /// The warm pool for `workers`, started on first use; nullptr with *error when its threads
    /// could not all be started.
    QThreadPool *poolFor(int workers, QString *error);

private:
    std::map<int, std::unique_ptr<WorkerPool>> m_pools;
};

} // namespace pb
