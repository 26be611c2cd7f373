#pragma once

// ThreadSanitizer reports, parsed from its log files, and told apart by whose code they
// involve: a report whose stacks run only through ParaBench code is a race of ours (CI fails);
// one that involves Qt (not built for TSan, so its synchronisation is invisible) is listed for
// review and, once understood, suppressed narrowly in .ci/tsan.supp.

#include <QList>
#include <QString>
#include <QStringList>

namespace pb::tsan {

enum class FrameOwner {
    Parabench, ///< compiled from this repository
    Qt,        ///< libQt6*.so or Qt's headers inlined into our code
    System,    ///< libc, libstdc++, the TSan runtime, the C++ standard headers, GoogleTest
    Other,     ///< any other library (fontconfig, glib, …)
};

struct Frame
{
    QString function; ///< "pb::RunSession::measureCell(...)" or "<null>"
    QString location; ///< "../../core/run/runsession.cpp:123" or "<null>"
    QString module;   ///< "parabench_core_tests", "libQt6Core.so.6"
    FrameOwner owner = FrameOwner::Other;
};

enum class Verdict {
    ParabenchOnly, ///< only our frames (besides the runtime and a QThread's entry): our race
    InvolvesQt,    ///< at least one Qt frame
    Foreign,       ///< neither ours nor Qt (system or other libraries only)
};

struct Report
{
    QString kind;        ///< "data race", "signal handler spoils errno", …
    QString summary;     ///< the SUMMARY line
    QList<Frame> frames; ///< of the stacks that describe the problem (not thread creation or
                         ///< allocation stacks)
    QString text;        ///< the whole report
    Verdict verdict = Verdict::Foreign;
};

FrameOwner classifyFrame(const QString &location, const QString &module);
/// Every report in a TSan log (the output of one process).
QList<Report> parseTsanLog(const QString &log);
QString verdictName(Verdict v);

} // namespace pb::tsan
