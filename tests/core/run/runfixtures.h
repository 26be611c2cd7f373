#pragma once
// Shared by the run tests: small configurations and the process's thread count.

#include "core/model/runconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <chrono>
#include <thread>

namespace pb::test {

inline RunConfig tinyConfig(const QString &workload, qint64 size, QList<int> workers,
                            QStringList strategies)
{
    RunConfig c;
    c.workload = workload;
    c.size = size;
    c.workers = std::move(workers);
    c.strategies = std::move(strategies);
    c.warmupRuns = 0;
    c.reps.repetitions = 2;
    if (workload == QLatin1String("spin"))
        c.params = {{QStringLiteral("us_per_item"), 0.2}};
    return c;
}

/// tinyConfig with the strategies as literals: {"serial", "mapped"}.
inline RunConfig tinyConfig(const QString &workload, qint64 size, QList<int> workers,
                            std::initializer_list<const char *> strategies)
{
    QStringList ids;
    for (const char *s : strategies)
        ids << QString::fromLatin1(s);
    return tinyConfig(workload, size, std::move(workers), ids);
}

inline int threadCount()
{
#if defined(__SANITIZE_THREAD__)
    // ThreadSanitizer starts a background thread of its own when the process first creates a
    // thread: make that happen now, so it is in every "before" count too.
    static const bool tsanThreadStarted = [] {
        std::thread([] {}).join();
        return true;
    }();
    (void)tsanThreadStarted;
#endif
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

/// Thread count once exiting threads are gone: QThread::wait() returns before the OS thread
/// has fully ended (Qt's threads are detached), so give them a moment.
inline int settledThreadCount(int expected)
{
    QElapsedTimer t;
    t.start();
    while (threadCount() > expected && t.elapsed() < 3000)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return threadCount();
}

inline QStringList threadNames()
{
    QStringList names;
    const QDir dir(QStringLiteral("/proc/self/task"));
    for (const QString &t : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(dir.filePath(t + QStringLiteral("/comm")));
        if (f.open(QIODevice::ReadOnly))
            names.append(QString::fromUtf8(f.readAll()).trimmed());
    }
    return names;
}

} // namespace pb::test
