#include "core/sys/cpucaches.h"

#include <QDir>
#include <QFile>

#include <cmath>

namespace pb {
namespace {

QString readTrimmed(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.read(4096)).trimmed();
}

} // namespace

qint64 parseCacheSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('K')))
        factor = 1024;
    else if (t.endsWith(QLatin1Char('M')))
        factor = 1024 * 1024;
    if (factor > 1)
        t.chop(1);
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok && v > 0 ? v * factor : 0;
}

int countCpuList(const QString &text)
{
    int count = 0;
    for (const QString &part : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char('-'));
        bool okA = false, okB = false;
        const int a = range.first().toInt(&okA);
        const int b = range.size() == 2 ? range.last().toInt(&okB) : a;
        if (!okA || (range.size() == 2 && !okB) || range.size() > 2 || b < a)
            return 0;
        count += b - a + 1;
    }
    return count;
}

QList<CpuCache> readCpuCaches(const QString &sysCacheDir)
{
    const QDir dir(sysCacheDir.isEmpty() ? QStringLiteral("/sys/devices/system/cpu/cpu0/cache")
                                         : sysCacheDir);
    QList<CpuCache> out;
    for (const QString &index :
         dir.entryList({QStringLiteral("index*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString base = dir.filePath(index) + QLatin1Char('/');
        CpuCache c;
        c.type = readTrimmed(base + QStringLiteral("type"));
        c.level = readTrimmed(base + QStringLiteral("level")).toInt();
        c.sizeBytes = parseCacheSize(readTrimmed(base + QStringLiteral("size")));
        c.numSharing = countCpuList(readTrimmed(base + QStringLiteral("shared_cpu_list")));
        if (!c.type.isEmpty() && c.level > 0 && c.sizeBytes > 0)
            out.append(c);
    }
    return out;
}

int readCpuMhz(const QString &cpuinfoPath)
{
    QFile f(cpuinfoPath.isEmpty() ? QStringLiteral("/proc/cpuinfo") : cpuinfoPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    while (!f.atEnd()) {
        const QString line = QString::fromLatin1(f.readLine());
        if (!line.startsWith(QLatin1String("cpu MHz")))
            continue;
        bool ok = false;
        const double mhz = line.section(QLatin1Char(':'), 1).trimmed().toDouble(&ok);
        return ok && mhz > 0 ? int(std::lround(mhz)) : 0;
    }
    return 0;
}

} // namespace pb
