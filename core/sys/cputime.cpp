#include "core/sys/cputime.h"

#include <QList>

#include <mutex>

#include <pthread.h>
#include <time.h>

namespace pb::cputime {

namespace {

qint64 readClock(clockid_t clock)
{
    timespec ts{};
    if (clock_gettime(clock, &ts) != 0)
        return -1;
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct Excluded
{
    pthread_t thread;
    clockid_t clock;
    qint64 cpuAtRegistration = 0;
    int references = 1;
};

/// The registered threads and the CPU time of those that already left. Every reading holds
/// the mutex, so a thread cannot unregister (and exit) while its clock is read.
struct Registry
{
    std::mutex mutex;
    QList<Excluded> threads;
    qint64 retiredNs = 0; ///< excluded CPU time of threads that unregistered
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

qint64 threadCpuNs()
{
    return readClock(CLOCK_THREAD_CPUTIME_ID);
}

qint64 measuredCpuNs()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    const qint64 process = readClock(CLOCK_PROCESS_CPUTIME_ID);
    if (process < 0)
        return -1;
    qint64 excluded = r.retiredNs;
    for (const Excluded &e : r.threads) {
        const qint64 now = readClock(e.clock);
        if (now < 0)
            return -1;
        excluded += now - e.cpuAtRegistration;
    }
    return process - excluded;
}

ExcludeThisThread::ExcludeThisThread()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    const pthread_t self = pthread_self();
    for (Excluded &e : r.threads)
        if (pthread_equal(e.thread, self)) {
            ++e.references;
            m_registered = true;
            return;
        }
    clockid_t clock;
    if (pthread_getcpuclockid(self, &clock) != 0)
        return; // no per-thread clock: its CPU time counts, as before
    const qint64 now = readClock(clock);
    if (now < 0)
        return;
    r.threads.append({self, clock, now, 1});
    m_registered = true;
}

ExcludeThisThread::~ExcludeThisThread()
{
    if (!m_registered)
        return;
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    const pthread_t self = pthread_self();
    for (qsizetype i = 0; i < r.threads.size(); ++i) {
        Excluded &e = r.threads[i];
        if (!pthread_equal(e.thread, self))
            continue;
        if (--e.references > 0)
            return;
        const qint64 now = readClock(e.clock);
        if (now >= 0)
            r.retiredNs += now - e.cpuAtRegistration;
        r.threads.removeAt(i);
        return;
    }
    Q_ASSERT_X(false, "ExcludeThisThread", "destroyed on another thread than it was created on");
}

int excludedThreadCount()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    return int(r.threads.size());
}

} // namespace pb::cputime
