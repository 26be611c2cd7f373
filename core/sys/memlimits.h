#pragma once

#include <QString>

namespace pb::proc {

// How much more memory this process may take, from every limit that can stop it: the memory
// the machine has available, the cgroup's memory limit (a container, a systemd slice) and the
// address-space limit (ulimit -v). Each reader returns -1 when its limit is absent or unknown.

/// Room left under one limit.
struct MemoryRoom
{
    qint64 bytes = -1; ///< how much more may be allocated; -1 when there is no such limit
    qint64 limit = -1; ///< the limit itself (for the message)
    QString what;      ///< "available memory", "the cgroup memory limit", ...
};

/// MemAvailable.
MemoryRoom availableMemoryRoom();
/// The tightest memory.max - memory.current (cgroup v2) or memory.limit_in_bytes -
/// memory.usage_in_bytes (v1) over this process's cgroup and its ancestors. `procCgroup` and
/// `cgroupRoot` are parameters so that tests can point them at fake files.
MemoryRoom cgroupMemoryRoom(const QString &procCgroup = QStringLiteral("/proc/self/cgroup"),
                            const QString &cgroupRoot = QStringLiteral("/sys/fs/cgroup"));
/// RLIMIT_AS (soft) minus the address space in use (VmSize).
MemoryRoom addressSpaceRoom();

/// The room for resident memory: the smaller of available memory and the cgroup's room.
MemoryRoom residentRoom();

/// "the address-space limit (ulimit -v 2.00 GiB) leaves 1.80 GiB"
QString describeRoom(const MemoryRoom &room);

} // namespace pb::proc
