#include "ui/stallprobe.h"

#include <algorithm>
#include <cmath>

namespace pb::ui {

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
    m_clock.start();
    m_lastTickNs = 0;
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
    m_latenessMs.append(std::max(0.0, intervalMs - m_intervalMs));
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
    return s;
}

} // namespace pb::ui
