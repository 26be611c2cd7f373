#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace pb {

/// What one run measured besides the wall time of its timed region. -1 = unknown.
struct RunReadings
{
    qint64 cpuNs = -1;          ///< process CPU time attributed to the timed region
    qint64 stealNs = -1;        ///< VM steal (all CPUs) during the run
    qint64 runQueueWaitNs = -1; ///< this process's threads waiting for a CPU
    qint64 rssBeforeBytes = -1; ///< resident before the run
    qint64 peakRssBytes = -1;   ///< high-water mark during the run (after a reset)
};

/// Brackets one strategy run: start() just before it, finish() just after. The process CPU
/// time (cputime::measuredCpuNs) and the wall clock are read closest to the run, the /proc
/// files around them. A strategy's run also does untimed set-up and clean-up on the calling
/// thread (chunk descriptors, mapped's copy into the output), so finish() subtracts that
/// outer time, at one busy thread, from the CPU time: see docs/measurement.md.
class RunProbe
{
public:
    void start();
    /// `regionNs`: the strategy's timed region.
    RunReadings finish(qint64 regionNs);

private:
    bool m_peakReset = false;
    qint64 m_rss = -1, m_wait = -1, m_steal = -1, m_cpu = -1;
    QElapsedTimer m_outer;
};

} // namespace pb
