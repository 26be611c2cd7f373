#pragma once

#include <QString>
#include <QThreadPool>

#include <memory>

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

    /// False when the threads could not all be started (e.g. a task limit); see error().
    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QThreadPool *pool() { return m_pool.get(); }
    int workers() const { return m_workers; }

private:
    void warmUp();

    std::unique_ptr<QThreadPool> m_pool;
    int m_workers;
    QString m_error;
};

} // namespace pb
