#include "core/sys/memlimits.h"

#include "core/model/units.h"
#include "core/sys/procstats.h"

#include <QFile>
#include <QStringList>

#include <sys/resource.h>

namespace pb::proc {
namespace {

// cgroup v1 writes "no limit" as a huge page-aligned number close to 2^63.
constexpr qint64 kNoLimit = qint64(1) << 60;

/// The first line of a small file as a number; "max" (cgroup v2 for none) gives -1.
qint64 readNumber(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readLine().trimmed();
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= 0 && v < kNoLimit ? v : -1;
}

/// The memory controller's path of this process, and whether it is cgroup v2.
struct CgroupPath
{
    QString path; ///< e.g. "/user.slice/session-1.scope"; empty when unknown
    bool v2 = false;
};

CgroupPath ownCgroup(const QString &procCgroup)
{
    QFile f(procCgroup);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CgroupPath v2Path;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':'); // id:controllers:path
        if (parts.size() < 3)
            continue;
        const QString path = QString::fromUtf8(line.mid(parts[0].size() + parts[1].size() + 2));
        if (parts[1].split(',').contains("memory"))
            return {path, false}; // v1 memory controller: authoritative
        if (parts[0] == "0" && parts[1].isEmpty())
            v2Path = {path, true};
    }
    return v2Path;
}

MemoryRoom roomAt(const QString &dir, bool v2)
{
    MemoryRoom room;
    const qint64 limit = readNumber(
        dir + (v2 ? QStringLiteral("/memory.max") : QStringLiteral("/memory.limit_in_bytes")));
    const qint64 usage = readNumber(
        dir + (v2 ? QStringLiteral("/memory.current") : QStringLiteral("/memory.usage_in_bytes")));
    if (limit < 0 || usage < 0)
        return room;
    room.limit = limit;
    room.bytes = std::max<qint64>(0, limit - usage);
    room.what = v2 ? QStringLiteral("the cgroup memory limit (memory.max %1)")
                         .arg(formatBytes(double(limit)))
                   : QStringLiteral("the cgroup memory limit (memory.limit_in_bytes %1)")
                         .arg(formatBytes(double(limit)));
    return room;
}

MemoryRoom tighter(const MemoryRoom &a, const MemoryRoom &b)
{
    if (a.bytes < 0)
        return b;
    if (b.bytes < 0)
        return a;
    return b.bytes < a.bytes ? b : a;
}

} // namespace

MemoryRoom availableMemoryRoom()
{
    MemoryRoom room;
    room.bytes = availableMemoryBytes();
    room.limit = totalMemoryBytes();
    room.what = QStringLiteral("available memory");
    return room;
}

MemoryRoom cgroupMemoryRoom(const QString &procCgroup, const QString &cgroupRoot)
{
    const CgroupPath own = ownCgroup(procCgroup);
    if (own.path.isEmpty())
        return {};
    const QString base = own.v2 ? cgroupRoot : cgroupRoot + QStringLiteral("/memory");
    // A limit on any ancestor binds too: walk up to the root.
    MemoryRoom tightest;
    QString path = own.path;
    for (;;) {
        tightest = tighter(tightest,
                           roomAt(base + (path == QLatin1String("/") ? QString() : path), own.v2));
        if (path.isEmpty() || path == QLatin1String("/"))
            break;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        path = slash <= 0 ? QStringLiteral("/") : path.left(slash);
    }
    return tightest;
}

MemoryRoom addressSpaceRoom()
{
    MemoryRoom room;
    rlimit limit{};
    if (::getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return room;
    const qint64 used = std::max<qint64>(0, virtualSizeBytes());
    room.limit = qint64(std::min<rlim_t>(limit.rlim_cur, rlim_t(kNoLimit)));
    room.bytes = std::max<qint64>(0, room.limit - used);
    room.what = QStringLiteral("the address-space limit (ulimit -v %1)")
                    .arg(formatBytes(double(room.limit)));
    return room;
}

MemoryRoom residentRoom()
{
    return tighter(availableMemoryRoom(), cgroupMemoryRoom());
}

QString describeRoom(const MemoryRoom &room)
{
    return QStringLiteral("%1 leaves %2").arg(room.what, formatBytes(double(room.bytes)));
}

} // namespace pb::proc
