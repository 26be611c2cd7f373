#include "core/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstdlib>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pb {
namespace {

const AtomicFileOps kRealOps{::write, ::fsync, ::close, ::rename, true};
const AtomicFileOps *g_ops = &kRealOps;

/// What the file at a path is, for a message: "a directory", "a FIFO (named pipe)", ...
QString fileTypeText(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

/// The file a write to `path` really replaces: symbolic links followed, so a link stays a link.
struct Target
{
    QByteArray path; ///< resolved
    QByteArray dir;
    QByteArray base;
    bool exists = false;
    mode_t mode = 0;
    QString error;
};

QString cannotWrite(const QString &path, const QString &why)
{
    return QStringLiteral("cannot write %1: %2").arg(path, why);
}

/// Checks the directory a new file would be created in.
QString checkDirectory(const QString &path, const QByteArray &resolved)
{
    const QFileInfo dir(QFileInfo(QFile::decodeName(resolved)).absolutePath());
    const QString dirName = QDir::toNativeSeparators(dir.absoluteFilePath());
    if (!dir.exists())
        return cannotWrite(path, QStringLiteral("directory %1 does not exist").arg(dirName));
    if (!dir.isDir())
        return cannotWrite(path, QStringLiteral("%1 is not a directory").arg(dirName));
    return {};
}

Target resolveTarget(const QString &path)
{
    Target t;
    if (path.isEmpty()) {
        t.error = QStringLiteral("cannot write: the file name is empty");
        return t;
    }
    t.path = QFile::encodeName(path);
    if (t.path.endsWith('/')) {
        t.error =
            cannotWrite(path, QStringLiteral("the name ends in '/', so it names a directory"));
        return t;
    }
    struct stat st;
    if (::lstat(t.path.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            char resolved[PATH_MAX];
            if (!::realpath(t.path.constData(), resolved) ||
                ::stat(resolved, &st) != 0) { // a dangling link: where would the file go?
                t.error =
                    cannotWrite(path, errno == ENOENT ? QStringLiteral("it is a symbolic link to a "
                                                                       "missing file")
                                                      : qt_error_string(errno));
                return t;
            }
            t.path = resolved;
        }
        if (!S_ISREG(st.st_mode)) {
            t.error = cannotWrite(path, QStringLiteral("it is %1; only regular files are "
                                                       "written, nothing else is replaced")
                                            .arg(fileTypeText(st.st_mode)));
            return t;
        }
        t.exists = true;
        t.mode = st.st_mode & 07777;
    } else if (errno != ENOENT && errno != ENOTDIR) {
        t.error = cannotWrite(path, qt_error_string(errno));
        return t;
    }
    if (!t.exists)
        t.error = checkDirectory(path, t.path);
    const qsizetype slash = t.path.lastIndexOf('/');
    t.dir = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : t.path.left(slash);
    t.base = t.path.mid(slash + 1);
    return t;
}

/// Permission bits a new file gets: 0666 minus the umask (read without changing it).
mode_t newFileMode()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return 0666 & ~mode_t(mask);
            }
    return 0644;
}

QByteArray tempName(const Target &t)
{
    const quint32 r = QRandomGenerator::global()->generate();
    return t.dir + "/." + t.base + ".tmp-" + QByteArray::number(r, 36);
}

/// One replacement in progress: the temporary file and what has to be undone on failure.
class Replacement
{
public:
    Replacement(const QString &path, const Target &t) : m_path(path), m_target(t) {}
    ~Replacement()
    {
        if (m_fd >= 0)
            g_ops->close(m_fd);
        if (!m_tempName.isEmpty())
            ::unlink(m_tempName.constData());
    }
    Replacement(const Replacement &) = delete;
    Replacement &operator=(const Replacement &) = delete;

    bool run(const QByteArray &bytes, QString *error);

private:
    bool fail(const QString &what, int err, QString *error) const
    {
        QString why = what.isEmpty() ? qt_error_string(err)
                                     : QStringLiteral("%1: %2").arg(what, qt_error_string(err));
        if (m_target.exists)
            why += QStringLiteral(" (the existing file is unchanged)");
        *error = cannotWrite(m_path, why);
        return false;
    }
    bool open(QString *error);
    bool writeAll(const QByteArray &bytes, QString *error);
    bool linkTemp(QString *error);

    QString m_path;
    Target m_target;
    int m_fd = -1;
    bool m_unnamed = false;
    QByteArray m_tempName; ///< named temporary file to remove on failure
};

bool Replacement::open(QString *error)
{
    if (g_ops->useTmpfile && QFileInfo::exists(QStringLiteral("/proc/self/fd"))) {
        m_fd = ::open(m_target.dir.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        m_unnamed = m_fd >= 0;
        if (m_fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
            return fail({}, errno, error);
    }
    if (m_fd < 0) {
        for (int attempt = 0; attempt < 16 && m_fd < 0; ++attempt) {
            m_tempName = tempName(m_target);
            m_fd = ::open(m_tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (m_fd < 0 && errno != EEXIST) {
                m_tempName.clear();
                return fail({}, errno, error);
            }
        }
        if (m_fd < 0) {
            m_tempName.clear();
            return fail(QStringLiteral("no free temporary file name"), EEXIST, error);
        }
    }
    // The new file keeps the old one's permissions (owner and group are the writer's).
    ::fchmod(m_fd, m_target.exists ? m_target.mode : newFileMode());
    return true;
}

bool Replacement::writeAll(const QByteArray &bytes, QString *error)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = g_ops->write(m_fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail({}, errno, error);
        if (n == 0) // no progress and no reason: what a full device amounts to
            return fail({}, ENOSPC, error);
        p += n;
        left -= n;
    }
    if (g_ops->fsync(m_fd) != 0)
        return fail(QStringLiteral("flushing to disk failed"), errno, error);
    return true;
}

bool Replacement::linkTemp(QString *error)
{
    // An O_TMPFILE file gets a name only now, after every byte is safely written.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QByteArray name = tempName(m_target);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW) ==
            0) {
            m_tempName = name;
            return true;
        }
        if (errno != EEXIST)
            return fail(QStringLiteral("creating the new file failed"), errno, error);
    }
    return fail(QStringLiteral("no free temporary file name"), EEXIST, error);
}

bool Replacement::run(const QByteArray &bytes, QString *error)
{
    if (!open(error) || !writeAll(bytes, error))
        return false;
    if (m_unnamed && !linkTemp(error))
        return false;
    const int fd = m_fd;
    m_fd = -1;
    if (g_ops->close(fd) != 0) // NFS reports deferred write errors here
        return fail({}, errno, error);
    if (g_ops->rename(m_tempName.constData(), m_target.path.constData()) != 0)
        return fail(QStringLiteral("replacing the file failed"), errno, error);
    m_tempName.clear();
    // Make the rename itself durable; a file system that cannot sync a directory has nothing
    // more to offer, and the new file is in place either way.
    const int dirFd = ::open(m_target.dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace

QString checkReplaceableFile(const QString &path)
{
    return resolveTarget(path).error;
}

bool replaceFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    const Target target = resolveTarget(path);
    if (!target.error.isEmpty()) {
        *err = target.error;
        return false;
    }
    Replacement replacement(path, target);
    return replacement.run(bytes, err);
}

void setAtomicFileOpsForTesting(const AtomicFileOps *ops)
{
    g_ops = ops ? ops : &kRealOps;
}

AtomicFileOps realAtomicFileOps()
{
    return kRealOps;
}

} // namespace pb
