#pragma once

#include "core/run/runbackend.h"
#include "core/run/runner.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace pb {

/// Runs Runner on a worker thread of this process and reports by queued signals (RunBackend),
/// so a GUI stays responsive. Destroying the controller cancels and joins the run.
class RunController final : public RunBackend
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    bool start(const RunConfig &config, QString *error) override;
    void cancel() override;
    bool isRunning() const override;
    /// Blocks until the worker thread ended (tests, shutdown).
    void wait() override;

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<CancelToken> m_cancel;
    std::atomic_bool m_busy{false};
};

} // namespace pb
