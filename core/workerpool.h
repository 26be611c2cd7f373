#pragma once

#include <QThreadPool>

namespace pb {

/// A private QThreadPool with exactly `workers` threads, all started before the first timed
/// run and never expiring, so thread creation is not measured.
class WorkerPool
{
public:
    explicit WorkerPool(int workers);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    QThreadPool *pool() { return &m_pool; }
    int workers() const { return m_workers; }

private:
    void warmUp();

    QThreadPool m_pool;
    int m_workers;
};

} // namespace pb
