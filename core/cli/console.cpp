#include "core/cli/console.h"

#include "core/run/registry.h"

#include <cstdio>

namespace pb {

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void printOutput(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QByteArray listText()
{
    QByteArray text = "Workloads (--workload):\n";
    for (const Workload *w : workloads())
        text += QStringLiteral("  %1  %2 [%3], default size %4\n      %5\n")
                    .arg(w->id(), -11)
                    .arg(w->displayName(), w->stresses())
                    .arg(w->defaultSize())
                    .arg(w->description())
                    .toUtf8();
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
    std::fprintf(stderr, "\r\033[K[%3.0f%%] cell %d/%d: %s, %d worker(s), %s%s", p.fraction * 100,
                 p.cellIndex + 1, p.cellCount, qPrintable(p.strategy), p.workers, qPrintable(rep),
                 qPrintable(eta));
    std::fflush(stderr);
}

void clearProgress()
{
    std::fprintf(stderr, "\r\033[K");
}

} // namespace pb
