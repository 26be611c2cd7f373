#pragma once

#include <QString>

namespace pb::proc {

// Linux /proc readers. Every function returns -1 (or "unknown") when the file is unreadable,
// so a VM or container without them degrades instead of failing.

/// Resident set size now (VmRSS), bytes.
qint64 currentRssBytes();
/// Address space in use (VmSize), bytes: what RLIMIT_AS (ulimit -v) limits.
qint64 virtualSizeBytes();
/// High-water RSS since start or the last resetPeakRss() (VmHWM), bytes.
qint64 peakRssBytes();
/// Resets VmHWM to the current RSS (writes "5" to /proc/self/clear_refs). False if refused.
bool resetPeakRss();
/// Sum over all threads of this process of the time spent waiting on a run queue
/// (2nd field of /proc/self/task/*/schedstat), ns.
qint64 runQueueWaitNs();
/// 1-minute load average from /proc/loadavg.
double loadAverage1();
/// Share of all CPUs (0..1) busy during the next `ms` milliseconds, from two reads of
/// /proc/stat. Called while this process idles, it measures what everything else uses now,
/// unlike the load average, which still remembers the last minute (our own previous run).
double cpuBusyFraction(int ms);
/// Time the hypervisor ran something else while this VM's CPUs wanted to run ("steal", 8th
/// value of the "cpu" line of /proc/stat), summed over all CPUs, in ns. Counted in USER_HZ
/// ticks (10 ms), so only a sum over many runs means anything. 0 on bare metal; -1 unknown.
qint64 stealNs();
/// cpufreq scaling governor of cpu0, or "unknown".
QString cpuGovernor();
/// "model name" from /proc/cpuinfo, or "unknown".
QString cpuModel();
/// MemTotal / MemAvailable from /proc/meminfo, bytes.
qint64 totalMemoryBytes();
qint64 availableMemoryBytes();

} // namespace pb::proc
