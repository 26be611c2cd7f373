#pragma once

#include "core/run/runbackend.h"

#include <QElapsedTimer>
#include <QProcess>

#include <optional>

class QTimer;

namespace pb {

/// Runs an experiment in a child `parabench-cli --stream` and turns its JSON lines back into
/// RunBackend's signals. A workload that crashes the child (a segfault in a plugin's kernel)
/// fails only that run: finished() then reports "the workload crashed with signal 11 (SIGSEGV)
/// in cell chunked × 2 workers" with the cells finished before. Cancel sends SIGTERM, then
/// SIGKILL when the child has not stopped after the grace period.
class ProcessRunController final : public RunBackend
{
    Q_OBJECT
public:
    explicit ProcessRunController(QObject *parent = nullptr);
    /// Cancels and waits for the child.
    ~ProcessRunController() override;

    /// parabench-cli to start; by default the one next to this program.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }
    /// Milliseconds between SIGTERM and SIGKILL after cancel() (default 500).
    void setKillGrace(int ms) { m_killGraceMs = ms; }

    bool start(const RunConfig &config, QString *error) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    void wait() override;

    /// The arguments of the last child (for diagnostics and tests).
    QStringList arguments() const { return m_arguments; }

private:
    void readOutput();
    void handleLine(const QByteArray &line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(RunResult result);
    /// The result when the child ended without its final message.
    RunResult resultWithoutFinalMessage(int exitCode, QProcess::ExitStatus status) const;
    RunResult partialOrEmpty() const;
    QString where() const;

    QString m_program;
    int m_killGraceMs = 500;
    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    QElapsedTimer m_cancelClock;
    RunConfig m_config;
    QStringList m_arguments;
    QByteArray m_pending;   ///< an incomplete line of standard output
    QByteArray m_errorTail; ///< the last bytes of standard error
    std::optional<RunResult> m_partial;
    std::optional<RunResult> m_final;
    std::optional<Progress> m_lastProgress;
    bool m_running = false;
    bool m_canceled = false;
    bool m_killed = false; ///< we sent SIGKILL after the grace period
};

} // namespace pb
