#include "core/run/workerpool.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace pb {
namespace {

/// A countdown the pool's tasks share with the constructor; shared so that a task that starts
/// late (after a timeout) still finds it alive.
struct Rendezvous
{
    std::mutex mutex;
    std::condition_variable changed;
    int arrived = 0;
    int left = 0;
    bool abandoned = false; ///< the constructor gave up: started tasks stop waiting
};

// Creating a thread takes well under a millisecond; this only bounds a failure.
constexpr auto kStartTimeout = std::chrono::seconds(10);

} // namespace

WorkerPool::WorkerPool(int workers) : m_pool(std::make_unique<QThreadPool>()), m_workers(workers)
{
    // setMaxThreadCount(0) makes QtConcurrent divide by zero (SIGFPE); callers validate.
    Q_ASSERT(workers >= 1);
    m_pool->setExpiryTimeout(-1);
    m_pool->setMaxThreadCount(workers);
    warmUp();
}

WorkerPool::~WorkerPool()
{
    if (!isReady()) {
        // Tasks queued for threads that never started would make ~QThreadPool wait forever.
        (void)m_pool.release();
        return;
    }
    m_pool->waitForDone();
}

void WorkerPool::warmUp()
{
    // Each task waits until all have started, which forces the pool to create every thread.
    // No waitForDone() here: in Qt 6.4 it also joins and deletes the threads it waited for.
    auto r = std::make_shared<Rendezvous>();
    const int n = m_workers;
    for (int i = 0; i < n; ++i)
        m_pool->start([r, n] {
            std::unique_lock lock(r->mutex);
            ++r->arrived;
            r->changed.notify_all();
            r->changed.wait(lock, [&] { return r->arrived >= n || r->abandoned; });
            ++r->left;
            r->changed.notify_all();
        });
    std::unique_lock lock(r->mutex);
    if (r->changed.wait_for(lock, kStartTimeout, [&] { return r->left >= n; }))
        return;
    // Let the threads that did start go idle instead of waiting forever for the others.
    r->abandoned = true;
    r->changed.notify_all();
    m_error = QStringLiteral("could not start %1 worker threads (%2 started); the process "
                             "may have hit a thread limit (ulimit -u, container pids limit)")
                  .arg(n)
                  .arg(r->arrived);
}

} // namespace pb
