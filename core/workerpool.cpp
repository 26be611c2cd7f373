#include "workerpool.h"

#include <QtGlobal>

#include <latch>

namespace pb {

WorkerPool::WorkerPool(int workers) : m_workers(workers)
{
    // setMaxThreadCount(0) makes QtConcurrent divide by zero (SIGFPE); callers validate.
    Q_ASSERT(workers >= 1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setMaxThreadCount(workers);
    warmUp();
}

WorkerPool::~WorkerPool()
{
    m_pool.waitForDone();
}

void WorkerPool::warmUp()
{
    // Each task waits until all have started, which forces the pool to create every thread.
    std::latch allStarted(m_workers);
    for (int i = 0; i < m_workers; ++i)
        m_pool.start([&allStarted] { allStarted.arrive_and_wait(); });
    m_pool.waitForDone();
}

} // namespace pb
