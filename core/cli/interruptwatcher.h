#pragma once

#include <parabench/canceltoken.h>

#include <QString>

#include <csignal>
#include <thread>

namespace pb {

/// Turns SIGINT, SIGTERM and SIGHUP into a cancel of `token`, so that each stops the run the same
/// way: what was measured is reported, no file is written, the exit code is 128 + the signal
/// number. The handler only stores the signal in a lock-free atomic and writes one byte to a
/// self-pipe (both async-signal-safe, errno preserved); a watcher thread reads the pipe and
/// cancels the token, whose mutex a signal handler may not take. A second signal exits the
/// process at once (_exit(128 + signal)). The previous handlers return on destruction.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(CancelToken &token);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

    /// The signal that arrived (SIGINT, SIGTERM, SIGHUP), or 0.
    int signalNumber() const;
    /// "SIGINT (Ctrl-C)", "SIGTERM", "SIGHUP", or "signal N".
    static QString signalName(int signal);

private:
    bool m_active = false;
    struct sigaction m_previous[3];
    std::thread m_thread;
};

} // namespace pb
