#pragma once

#include <QtGlobal>

namespace pb::cputime {

// Process CPU time for CPU utilisation (CPU time / (wall time × workers)). The process clock
// counts every thread, including the GUI thread drawing live charts and the CLI's signal
// watcher; those register as "not part of the measurement" and their CPU time since
// registration is subtracted. Everything else in the process (the runner, the pool threads,
// std::thread and OpenMP workers) counts.

/// CPU time of this process (all threads, exited ones included: CLOCK_PROCESS_CPUTIME_ID)
/// minus what excluded threads used while registered, in ns; -1 when a clock is unreadable.
/// Monotonic while no excluded thread registers twice; subtract two readings for an interval.
qint64 measuredCpuNs();

/// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), ns; -1 when unreadable.
qint64 threadCpuNs();

/// Registers the calling thread as not part of the measurement for this object's lifetime
/// (create it on the thread's own stack or as a member of an object that lives and dies on
/// it). Registering the same thread again is counted once.
class ExcludeThisThread
{
public:
    ExcludeThisThread();
    ~ExcludeThisThread();
    ExcludeThisThread(const ExcludeThisThread &) = delete;
    ExcludeThisThread &operator=(const ExcludeThisThread &) = delete;

private:
    bool m_registered = false;
};

/// Threads registered now (tests).
int excludedThreadCount();

} // namespace pb::cputime
