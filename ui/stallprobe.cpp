#include "ui/stallprobe.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace pb::ui {

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    if (::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

StallProbe::StallProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setInterval(intervalMs);
    // A coarse timer may fire up to 5 % early or late by design; precise shows real stalls.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::onTick);
}

void StallProbe::start()
{
    m_latenessMs.clear();
    m_worstBusyMs = 0;
    m_clock.start();
    m_lastTickNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

StallStats StallProbe::stop()
{
    if (!m_timer.isActive())
        return m_last;
    m_timer.stop();
    m_last = summarize();
    return m_last;
}

void StallProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double intervalMs = double(now - m_lastTickNs) / 1e6;
    m_lastTickNs = now;
    const qint64 cpu = threadCpuNs();
    const double busyMs = double(cpu - m_lastCpuNs) / 1e6;
    m_lastCpuNs = cpu;
    const double lateness = std::max(0.0, intervalMs - m_intervalMs);
    m_latenessMs.append(lateness);
    m_worstBusyMs = std::max(m_worstBusyMs, std::min(lateness, busyMs));
}

StallStats StallProbe::summarize() const
{
    StallStats s;
    s.ticks = int(m_latenessMs.size());
    if (m_latenessMs.isEmpty())
        return s;
    QList<double> sorted = m_latenessMs;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(0.99 * double(sorted.size()))) - 1;
    s.p99Ms = sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
    s.worstMs = sorted.last();
    s.worstBusyMs = m_worstBusyMs;
    return s;
}

} // namespace pb::ui
