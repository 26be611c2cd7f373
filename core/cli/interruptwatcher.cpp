#include "core/cli/interruptwatcher.h"

#include <atomic>
#include <cerrno>
#include <mutex>

#include <fcntl.h>
#include <poll.h>

#include "core/sys/cputime.h"

#include <unistd.h>

namespace pb {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free atomic");
std::atomic<int> g_signal{0};
// The self-pipe lives as long as the process: a handler that already started when a watcher is
// destroyed must never write to a closed (or reused) descriptor.
int g_pipe[2] = {-1, -1};
std::once_flag g_pipeOnce;

bool ensurePipe()
{
    std::call_once(g_pipeOnce, [] {
        if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
            g_pipe[0] = g_pipe[1] = -1;
    });
    return g_pipe[0] >= 0;
}

/// Reads what is in the pipe: 1 for each signal, 0 for "stop watching".
enum class Wake { Signal, Stop };
Wake waitForWake()
{
    for (;;) {
        pollfd p{g_pipe[0], POLLIN, 0};
        if (::poll(&p, 1, -1) < 0 && errno != EINTR)
            return Wake::Stop;
        char bytes[16];
        const ssize_t n = ::read(g_pipe[0], bytes, sizeof bytes);
        for (ssize_t i = 0; i < n; ++i)
            if (bytes[i] == 0)
                return Wake::Stop;
        if (n > 0)
            return Wake::Signal;
    }
}

void onSignal(int signal)
{
    const int savedErrno = errno; // the interrupted code may be about to read errno
    int none = 0;
    // The second signal leaves at once: some phases (a long kernel item, a blocking write) do
    // not look at the cancel flag, and the user asked twice.
    if (!g_signal.compare_exchange_strong(none, signal))
        _exit(128 + signal);
    const char wake = 1;
    (void)!::write(g_pipe[1], &wake, 1);
    errno = savedErrno;
}

} // namespace

InterruptWatcher::InterruptWatcher(CancelToken &token)
{
    g_signal.store(0);
    if (!ensurePipe())
        return; // no watcher: the signals keep their default action
    char stale[64];
    while (::read(g_pipe[0], stale, sizeof stale) > 0) { // an earlier watcher's leftovers
    }
    m_active = true;
    m_thread = std::thread([&token] {
        // Not part of any measured run's CPU time (docs/measurement.md).
        const cputime::ExcludeThisThread notMeasured;
        if (waitForWake() == Wake::Signal)
            token.cancel();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int s : kSignals)
        sigaddset(&action.sa_mask, s); // one handler at a time
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &action, &m_previous[i]);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_active)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &m_previous[i], nullptr);
    const char stop = 0;
    while (::write(g_pipe[1], &stop, 1) < 0 && errno == EINTR) {
    }
    m_thread.join();
}

int InterruptWatcher::signalNumber() const
{
    return g_signal.load();
}

QString InterruptWatcher::signalName(int signal)
{
    switch (signal) {
    case SIGINT:
        return QStringLiteral("SIGINT (Ctrl-C)");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

} // namespace pb
