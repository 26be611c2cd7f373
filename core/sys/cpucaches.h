#pragma once

#include <QList>
#include <QString>

namespace pb {

/// One CPU cache as Google Benchmark reports it (context.caches[]).
struct CpuCache
{
    QString type; ///< "Data", "Instruction", "Unified"
    int level = 0;
    qint64 sizeBytes = 0;
    int numSharing = 0; ///< logical CPUs sharing it
};

/// The caches of CPU 0 from /sys/devices/system/cpu/cpu0/cache; empty when unreadable.
QList<CpuCache> readCpuCaches(const QString &sysCacheDir = QString());
/// Parses a sysfs cache size ("48K", "32768K", "1M"); 0 when malformed.
qint64 parseCacheSize(const QString &text);
/// Counts the CPUs in a sysfs CPU list ("0-1,4"); 0 when malformed.
int countCpuList(const QString &text);
/// "cpu MHz" of the first CPU in /proc/cpuinfo, rounded; 0 when unknown.
int readCpuMhz(const QString &cpuinfoPath = QString());

} // namespace pb
