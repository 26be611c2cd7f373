#include "core/cli/console.h"

#include "core/cli/exitcode.h"
#include "core/cli/listing.h"
#include "core/model/units.h"
#include "core/run/registry.h"

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace pb {

namespace {

bool g_stdoutClosed = false;
QString g_stdoutError; ///< the first reason output to stdout was lost

void noteStdoutError(int error)
{
    if (g_stdoutError.isEmpty())
        g_stdoutError = g_stdoutClosed ? QStringLiteral("it is closed") : qt_error_string(error);
}

} // namespace

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void printOutput(const QByteArray &bytes)
{
    if (g_stdoutClosed) {
        noteStdoutError(EBADF);
        return;
    }
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (written != size_t(bytes.size()) || std::fflush(stdout) != 0)
        noteStdoutError(errno ? errno : EIO);
}

void protectStandardStreams()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        if (fd == STDOUT_FILENO)
            g_stdoutClosed = true;
        // open() returns the lowest free descriptor: this one.
        const int opened = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd)
            ::close(opened);
    }
}

int finishStandardOutput(int exitCode)
{
    errno = 0;
    if (!g_stdoutClosed && (std::fflush(stdout) != 0 || std::ferror(stdout)))
        noteStdoutError(errno ? errno : EIO);
    if (g_stdoutError.isEmpty())
        return exitCode;
    printError(
        QStringLiteral("parabench-cli: cannot write to standard output: %1").arg(g_stdoutError));
    return exitCode == ExitOk ? int(ExitOutputFailed) : exitCode;
}

QByteArray listText()
{
    QByteArray text = "Workloads (--workload):\n";
    for (const Workload *w : workloads())
        text += workloadListText(*w).toUtf8();
    text += "\nStrategies (--strategy):\n";
    for (const Strategy *s : strategies())
        text += QStringLiteral("  %1  %2\n      %3\n")
                    .arg(s->id(), -11)
                    .arg(s->displayName(), s->description())
                    .toUtf8();
    return text;
}

void printProgress(const Progress &p)
{
    const QString eta =
        p.etaSec >= 0 ? QStringLiteral(", ETA %1 s").arg(p.etaSec, 0, 'f', 0) : QString();
    const QString rep =
        p.warmingUp ? QStringLiteral("warm-up") : QStringLiteral("rep %1").arg(p.repetition + 1);
    std::fprintf(stderr, "\r\033[K[%3.0f%%] cell %d/%d: %s, %d worker(s), %s items, %s%s",
                 p.fraction * 100, p.cellIndex + 1, p.cellCount, qPrintable(p.strategy), p.workers,
                 qPrintable(formatCount(p.size)), qPrintable(rep), qPrintable(eta));
    std::fflush(stderr);
}

void clearProgress()
{
    std::fprintf(stderr, "\r\033[K");
}

} // namespace pb
