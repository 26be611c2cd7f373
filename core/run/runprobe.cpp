#include "core/run/runprobe.h"

#include "core/sys/cputime.h"
#include "core/sys/procstats.h"

#include <algorithm>

namespace pb {

void RunProbe::start()
{
    m_peakReset = proc::resetPeakRss();
    m_rss = proc::currentRssBytes();
    m_wait = proc::runQueueWaitNs();
    m_steal = proc::stealNs();
    m_cpu = cputime::measuredCpuNs();
    m_outer.start();
}

RunReadings RunProbe::finish(qint64 regionNs)
{
    const qint64 outerNs = m_outer.nsecsElapsed();
    const qint64 cpu = cputime::measuredCpuNs();
    RunReadings r;
    if (m_cpu >= 0 && cpu >= m_cpu) {
        // Outside the region only the calling thread works (set-up, copying results out).
        const qint64 outside = std::max<qint64>(0, outerNs - regionNs);
        r.cpuNs = std::max<qint64>(0, cpu - m_cpu - outside);
    }
    const qint64 steal = proc::stealNs();
    if (m_steal >= 0 && steal >= m_steal)
        r.stealNs = steal - m_steal;
    const qint64 wait = proc::runQueueWaitNs();
    if (m_wait >= 0 && wait >= m_wait)
        r.runQueueWaitNs = wait - m_wait;
    r.rssBeforeBytes = m_rss;
    r.peakRssBytes = m_peakReset ? proc::peakRssBytes() : -1;
    return r;
}

} // namespace pb
