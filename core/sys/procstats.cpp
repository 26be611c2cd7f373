#include "core/sys/procstats.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QThread>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace pb::proc {

namespace {

// /proc files report size 0, so read until EOF instead of trusting size().
QByteArray readProcFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

/// Value of a "Key:   1234 kB" line (status, meminfo), in bytes; -1 when absent.
qint64 kibField(const QString &path, const QByteArray &key)
{
    bool ok = false;
    const QByteArray text = readProcFile(path, &ok);
    if (!ok)
        return -1;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(key) || line.size() <= key.size() || line.at(key.size()) != ':')
            continue;
        const QList<QByteArray> parts = line.mid(key.size() + 1).simplified().split(' ');
        bool numOk = false;
        const qint64 value = parts.value(0).toLongLong(&numOk);
        if (!numOk)
            return -1;
        // Both files use "kB" meaning KiB; a bare number is already bytes.
        return parts.value(1) == "kB" ? value * 1024 : value;
    }
    return -1;
}

} // namespace

qint64 currentRssBytes()
{
    return kibField(QStringLiteral("/proc/self/status"), "VmRSS");
}

qint64 virtualSizeBytes()
{
    return kibField(QStringLiteral("/proc/self/status"), "VmSize");
}

qint64 peakRssBytes()
{
    return kibField(QStringLiteral("/proc/self/status"), "VmHWM");
}

bool resetPeakRss()
{
    // Plain POSIX: QFile's WriteOnly would ask for O_TRUNC, which procfs need not accept.
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

qint64 runQueueWaitNs()
{
    const QDir taskDir(QStringLiteral("/proc/self/task"));
    if (!taskDir.exists())
        return -1;
    const QStringList tids = taskDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    qint64 total = 0;
    bool any = false;
    for (const QString &tid : tids) {
        bool ok = false;
        // A thread can exit between listing and reading: skip it rather than fail.
        const QByteArray text =
            readProcFile(taskDir.filePath(tid + QStringLiteral("/schedstat")), &ok);
        if (!ok)
            continue;
        const QList<QByteArray> fields = text.simplified().split(' ');
        bool numOk = false;
        const qint64 waitNs = fields.value(1).toLongLong(&numOk);
        if (!numOk)
            continue;
        total += waitNs;
        any = true;
    }
    return any ? total : -1;
}

namespace {

/// (busy, total) jiffies of the "cpu" line of /proc/stat.
bool cpuTimes(qint64 *busy, qint64 *total)
{
    bool ok = false;
    const QByteArray text = readProcFile(QStringLiteral("/proc/stat"), &ok);
    if (!ok || !text.startsWith("cpu "))
        return false;
    const QList<QByteArray> f = text.left(text.indexOf('\n')).simplified().split(' ');
    if (f.size() < 5)
        return false;
    qint64 sum = 0, idle = 0;
    for (int i = 1; i < f.size(); ++i) {
        const qint64 v = f[i].toLongLong();
        sum += v;
        if (i == 4 || i == 5) // idle, iowait
            idle += v;
    }
    *busy = sum - idle;
    *total = sum;
    return true;
}

} // namespace

qint64 stealNs()
{
    bool ok = false;
    const QByteArray text = readProcFile(QStringLiteral("/proc/stat"), &ok);
    if (!ok || !text.startsWith("cpu "))
        return -1;
    const QList<QByteArray> f = text.left(text.indexOf('\n')).simplified().split(' ');
    bool numOk = false;
    const qint64 ticks = f.value(8).toLongLong(&numOk); // cpu user nice system idle ... steal
    const long perSecond = sysconf(_SC_CLK_TCK);
    if (!numOk || ticks < 0 || perSecond <= 0)
        return -1;
    return ticks * (1'000'000'000 / perSecond);
}

double cpuBusyFraction(int ms)
{
    qint64 busy0 = 0, total0 = 0, busy1 = 0, total1 = 0;
    if (!cpuTimes(&busy0, &total0))
        return -1;
    QThread::msleep(ulong(ms));
    if (!cpuTimes(&busy1, &total1) || total1 <= total0)
        return -1;
    return std::clamp(double(busy1 - busy0) / double(total1 - total0), 0.0, 1.0);
}

double loadAverage1()
{
    bool ok = false;
    const QByteArray text = readProcFile(QStringLiteral("/proc/loadavg"), &ok);
    if (!ok)
        return -1;
    bool numOk = false;
    const double load = text.simplified().split(' ').value(0).toDouble(&numOk);
    return numOk ? load : -1;
}

QString cpuGovernor()
{
    bool ok = false;
    const QByteArray text =
        readProcFile(QStringLiteral("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"), &ok);
    const QString governor = QString::fromLatin1(text).trimmed();
    return ok && !governor.isEmpty() ? governor : QStringLiteral("unknown");
}

QString cpuModel()
{
    bool ok = false;
    const QByteArray text = readProcFile(QStringLiteral("/proc/cpuinfo"), &ok);
    if (ok) {
        for (const QByteArray &line : text.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon < 0 || line.left(colon).trimmed() != "model name")
                continue;
            const QString model = QString::fromUtf8(line.mid(colon + 1)).simplified();
            if (!model.isEmpty())
                return model;
        }
    }
    return QStringLiteral("unknown");
}

qint64 totalMemoryBytes()
{
    return kibField(QStringLiteral("/proc/meminfo"), "MemTotal");
}

qint64 availableMemoryBytes()
{
    return kibField(QStringLiteral("/proc/meminfo"), "MemAvailable");
}

} // namespace pb::proc
