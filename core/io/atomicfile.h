#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace pb {

// Replacing a file the way git and SQLite do: the new bytes go to a temporary file in the same
// directory (an unnamed O_TMPFILE where the file system has it, so nothing is left behind even
// if the process is killed), every write and the fsync are checked, and only then is the file
// renamed over the target. On any failure the old file is byte-for-byte unchanged, no temporary
// file remains, and the message names the file and the operating system's reason.

/// Why `path` cannot be replaced by a regular file, or an empty string when it can. An existing
/// target must be a regular file (a symbolic link is followed to one); FIFOs, devices, sockets
/// and directories are refused, never replaced. The directory must exist.
QString checkReplaceableFile(const QString &path);

/// Writes `bytes` to `path` atomically (see above). False with a specific *error on failure.
bool replaceFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

/// The system calls replaceFileAtomically makes, replaceable by tests to inject faults (a short
/// write, ENOSPC, EIO from fsync or close, a failing rename). Each returns like the real call.
struct AtomicFileOps
{
    ssize_t (*write)(int fd, const void *buf, size_t count);
    int (*fsync)(int fd);
    int (*close)(int fd);
    int (*rename)(const char *from, const char *to);
    bool useTmpfile = true; ///< false: skip O_TMPFILE and use a named temporary file
};

/// Installs `ops` (nullptr: the real calls again). For tests only; not thread-safe.
void setAtomicFileOpsForTesting(const AtomicFileOps *ops);
/// The real calls, as a starting point for a test's own AtomicFileOps.
AtomicFileOps realAtomicFileOps();

} // namespace pb
