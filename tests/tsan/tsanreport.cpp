#include "tsanreport.h"

#include <QRegularExpression>

namespace pb::tsan {

namespace {

bool startsWithAny(const QString &s, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes)
        if (s.startsWith(QLatin1String(p)))
            return true;
    return false;
}

/// Stacks that say where a thread, mutex or block came from, not what raced.
bool isProvenanceHeader(const QString &line)
{
    return line.contains(QLatin1String(" created by ")) ||
           line.contains(QLatin1String(" created at")) ||
           line.contains(QLatin1String("allocated by"));
}

/// Qt's thread entry at the bottom of a stack: how a QThread our code started runs its
/// function. The start is ordered by pthread_create, which TSan sees, so these frames do not
/// make a report Qt's.
bool isThreadEntry(const Frame &f)
{
    for (const char *name : {"QThreadPrivate::start", "QThread::run", "QThreadCreateThread::run"})
        if (f.function.startsWith(QLatin1String(name)))
            return true;
    return false;
}

Verdict verdictOf(const QList<Frame> &frames)
{
    bool ours = false, qt = false, other = false;
    for (const Frame &f : frames) {
        if (isThreadEntry(f))
            continue;
        ours = ours || f.owner == FrameOwner::Parabench;
        qt = qt || f.owner == FrameOwner::Qt;
        other = other || f.owner == FrameOwner::Other;
    }
    if (qt)
        return Verdict::InvolvesQt;
    return ours && !other ? Verdict::ParabenchOnly : Verdict::Foreign;
}

} // namespace

FrameOwner classifyFrame(const QString &location, const QString &module)
{
    const QString lib = module.section(QLatin1Char('/'), -1);
    if (lib.startsWith(QLatin1String("libQt6")) || location.contains(QLatin1String("/qt6/")))
        return FrameOwner::Qt;
    if (startsWithAny(lib, {"libtsan", "libc.so", "libc-", "libstdc++", "libgcc_s", "ld-linux",
                            "libm.so", "libpthread"}) ||
        startsWithAny(location, {"/usr/include/c++/", "/usr/lib/gcc/"}) ||
        location.startsWith(QLatin1String("/build/")) || // the runtimes' own sources
        location.contains(QLatin1String("/libsanitizer/")))
        return FrameOwner::System;
    if (lib.contains(QLatin1String(".so")))
        return FrameOwner::Other;
    // Our executables: code compiled from this repository, unless it came from a system header
    // or source (GoogleTest is built into the test binaries from /usr/src).
    if (location.startsWith(QLatin1String("/usr/src/googletest/")))
        return FrameOwner::System; // the test runner calling a test body
    if (location.startsWith(QLatin1String("/usr/")))
        return FrameOwner::Other;
    return FrameOwner::Parabench;
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::ParabenchOnly:
        return QStringLiteral("ParaBench code only");
    case Verdict::InvolvesQt:
        return QStringLiteral("involves Qt");
    case Verdict::Foreign:
        break;
    }
    return QStringLiteral("other libraries only");
}

QList<Report> parseTsanLog(const QString &log)
{
    static const QRegularExpression warning(
        QStringLiteral("^WARNING: ThreadSanitizer: (.+?)( \\(pid=\\d+\\))?$"));
    // "    #3 pb::Foo::bar() ../../core/foo.cpp:12 (parabench_core_tests+0x1234)"
    static const QRegularExpression frame(
        QStringLiteral("^\\s+#\\d+ (.*) \\(([^()]+?)\\+0x[0-9a-f]+\\)"));
    QList<Report> reports;
    Report *current = nullptr;
    bool skipStack = false;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (const auto m = warning.match(line); m.hasMatch()) {
            reports.append(Report{m.captured(1), {}, {}, {}, Verdict::Foreign});
            current = &reports.last();
            skipStack = false;
        }
        if (!current)
            continue;
        current->text += line + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("SUMMARY: ThreadSanitizer:"))) {
            current->summary = line;
            current->verdict = verdictOf(current->frames);
            current = nullptr;
            continue;
        }
        const auto f = frame.match(line);
        if (!f.hasMatch()) {
            if (!line.trimmed().isEmpty())
                skipStack = isProvenanceHeader(line); // a new stack begins
            continue;
        }
        if (skipStack)
            continue;
        const QString what = f.captured(1);
        const qsizetype space = what.lastIndexOf(QLatin1Char(' '));
        Frame fr;
        fr.function = space < 0 ? what : what.left(space);
        fr.location = space < 0 ? QString() : what.mid(space + 1);
        fr.module = f.captured(2);
        fr.owner = classifyFrame(fr.location, fr.module);
        current->frames.append(fr);
    }
    if (current) // a log cut short: judge what is there
        current->verdict = verdictOf(current->frames);
    return reports;
}

} // namespace pb::tsan
