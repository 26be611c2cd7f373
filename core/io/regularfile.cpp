#include "core/io/regularfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pb {

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

/// Why a file of this mode cannot be read as a document; empty for a regular file.
QString notRegular(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QStringLiteral("it is a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("it is a named pipe (FIFO), not a regular file; reading it would "
                              "wait for a writer");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return QStringLiteral("it is a socket, not a regular file");
    return QStringLiteral("it is not a regular file");
}

QString errnoText(int code)
{
    switch (code) {
    case ENOENT:
        return QStringLiteral("file does not exist");
    case EACCES:
        return QStringLiteral("permission denied");
    case ENOTDIR:
        return QStringLiteral("a component of the path is not a directory");
    case ELOOP:
        return QStringLiteral("too many levels of symbolic links");
    default:
        return QString::fromLocal8Bit(std::strerror(code));
    }
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

/// Reads until end of file or maxBytes + 1 bytes (which means "too large").
bool readAll(int fd, qint64 sizeHint, qint64 maxBytes, QByteArray *out, int *errorCode)
{
    qint64 capacity = std::clamp<qint64>(sizeHint + 1, 64 * 1024, maxBytes + 1);
    out->resize(qsizetype(capacity));
    qint64 total = 0;
    for (;;) {
        if (total == capacity) {
            if (capacity > maxBytes)
                break; // one byte beyond the limit: enough to know
            capacity = std::min(capacity * 2, maxBytes + 1);
            out->resize(qsizetype(capacity));
        }
        const ssize_t n = ::read(fd, out->data() + total, size_t(capacity - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *errorCode = errno;
            return false;
        }
        if (n == 0)
            break;
        total += n;
    }
    out->resize(qsizetype(total));
    return true;
}

} // namespace

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    const auto refuse = [&](const QString &what) {
        err = QStringLiteral("cannot read %1: %2").arg(path, what);
        return std::nullopt;
    };
    if (path.isEmpty())
        return refuse(QStringLiteral("no file name given"));
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0)
        return refuse(errnoText(errno));
    if (const QString why = notRegular(st.st_mode); !why.isEmpty())
        return refuse(why);
    if (st.st_size > maxBytes)
        return refuse(QStringLiteral("the file is %1; files over %2 are refused")
                          .arg(sizeText(st.st_size), sizeText(maxBytes)));
    // O_NONBLOCK: if the path became a FIFO since stat(), open() must not wait for a writer.
    const Fd fd(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0)
        return refuse(errnoText(errno));
    if (::fstat(fd.get(), &st) != 0)
        return refuse(errnoText(errno));
    if (const QString why = notRegular(st.st_mode); !why.isEmpty())
        return refuse(why);
    QByteArray bytes;
    int code = 0;
    if (!readAll(fd.get(), st.st_size, maxBytes, &bytes, &code))
        return refuse(errnoText(code));
    if (bytes.size() > maxBytes)
        return refuse(QStringLiteral("it holds more than %1 (it grew while being read?); files "
                                     "over %1 are refused")
                          .arg(sizeText(maxBytes)));
    return bytes;
}

} // namespace pb
