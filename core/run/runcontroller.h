#pragma once

#include "core/run/runner.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace pb {

/// Runs Runner on a worker thread and reports by queued signals, so a GUI stays responsive.
/// Destroying the controller cancels and joins the run.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    /// Validates and starts. Returns false with *error when invalid or already running.
    bool start(const RunConfig &config, QString *error);
    /// Requests cancel; finished() follows with status Canceled and the cells measured so far.
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker thread ended (tests, shutdown).
    void wait();

signals:
    void progressChanged(const pb::Progress &progress);
    /// Snapshot with statistics for every cell measured so far.
    void cellFinished(const pb::RunResult &partial);
    void finished(const pb::RunResult &result);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<CancelToken> m_cancel;
    std::atomic_bool m_busy{false};
};

} // namespace pb

Q_DECLARE_METATYPE(pb::Progress)
Q_DECLARE_METATYPE(pb::RunResult)
