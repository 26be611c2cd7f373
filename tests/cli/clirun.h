#pragma once
// Runs the real parabench-cli for the fault tests: exit code, streams, optional set-up of the
// child process (resource limits, signal dispositions) between fork and exec.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

namespace pb::test {

/// AddressSanitizer reserves terabytes of address space for its shadow memory, so a process
/// under RLIMIT_AS cannot even start: tests of that limit skip in the sanitizer build.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

struct CliResult
{
    int exitCode = -1;
    bool crashed = false; ///< ended by a signal it did not handle
    QString out;
    QString err;
};

/// Runs parabench-cli with `args`; `inChild` runs in the child before exec (async-signal-safe
/// calls only). A run that does not end within `timeoutMs` fails the test.
inline CliResult runCliWith(const QStringList &args, const std::function<void()> &inChild = {},
                            int timeoutMs = 120000)
{
    QProcess p;
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.start(QStringLiteral(PARABENCH_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        ADD_FAILURE() << "parabench-cli hung: " << qPrintable(args.join(QLatin1Char(' ')));
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Every entry of a directory, hidden ones included: a leftover temporary file shows here.
inline QStringList dirEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(path);
    ASSERT_EQ(f.write(bytes), bytes.size());
}

} // namespace pb::test
