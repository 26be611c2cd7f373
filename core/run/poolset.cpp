#include "core/run/poolset.h"

namespace pb {

QThreadPool *PoolSet::poolFor(int workers, QString *error)
{
    std::unique_ptr<WorkerPool> &pool = m_pools[workers];
    if (!pool)
        pool = std::make_unique<WorkerPool>(workers);
    if (!pool->isReady()) {
        *error = pool->error();
        return nullptr;
    }
    return pool->pool();
}

} // namespace pb
