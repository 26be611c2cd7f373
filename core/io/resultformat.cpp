#include "core/io/resultformat.h"

#include "core/model/units.h"
#include "core/stats/granularity.h"

#include <QSet>

namespace pb::fmt {

namespace {
QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
    return s;
}
} // namespace

QString cellLabel(const CellResult &cell)
{
    if (cell.chunkSize > 0)
        return QStringLiteral("%1 (chunk %2)").arg(cell.strategy).arg(cell.chunkSize);
    return cell.strategy;
}

QString medianText(const CellStats &s)
{
    return s.n > 0 ? formatDuration(s.medianNs) : QStringLiteral("–");
}

QString medianCiText(const CellStats &s)
{
    if (s.n == 0)
        return QStringLiteral("–");
    return QStringLiteral("[%1 – %2]")
        .arg(formatDuration(s.medianCiLowNs), formatDuration(s.medianCiHighNs));
}

QString speedupText(const CellResult &cell)
{
    const CellStats &s = cell.stats;
    if (s.speedup <= 0)
        return QStringLiteral("–");
    if (cell.strategy == QLatin1String("serial") ||
        (s.speedupCiLow == s.speedupCiHigh && s.speedupCiLow == s.speedup))
        return formatRatio(s.speedup);
    return QStringLiteral("%1 [%2 – %3]")
        .arg(formatRatio(s.speedup), formatRatio(s.speedupCiLow), formatRatio(s.speedupCiHigh));
}

QString efficiencyText(const CellStats &s)
{
    if (s.speedup <= 0)
        return QStringLiteral("–");
    return formatRatio(s.efficiency * 100.0, 1) + QLatin1Char('%');
}

QString karpFlattText(const CellStats &s)
{
    return s.karpFlatt ? formatRatio(*s.karpFlatt, 3) : QStringLiteral("–");
}

QString statusText(const CellResult &cell, bool verifyRequested)
{
    if (cell.errorKind == CellErrorKind::Canceled)
        return QStringLiteral("canceled: ") + oneLine(cell.error);
    if (!cell.error.isEmpty())
        return QStringLiteral("FAILED (%1): %2")
            .arg(cellErrorKindText(cell.errorKind == CellErrorKind::None ? CellErrorKind::Engine
                                                                         : cell.errorKind),
                 oneLine(cell.error));
    if (cell.strategy == QLatin1String("serial"))
        return QStringLiteral("ok (reference)");
    if (!cell.verified)
        return verifyRequested ? QStringLiteral("ok (not verified)")
                               : QStringLiteral("ok (verification off)");
    return QStringLiteral("ok");
}

QString peakExtraText(const CellResult &cell)
{
    if (cell.peakExtraBytes < 0)
        return QStringLiteral("–");
    return QStringLiteral("+") + formatBytes(double(cell.peakExtraBytes));
}

QString warningText(const Warning &w)
{
    QString text = w.code + QStringLiteral(": ") + oneLine(w.message);
    // Name the cell only when the message does not already do so.
    if (!w.strategy.isEmpty() && !w.message.contains(w.strategy))
        text += QStringLiteral(" (%1, %2 %3)")
                    .arg(w.strategy)
                    .arg(w.workers)
                    .arg(w.workers == 1 ? QStringLiteral("worker") : QStringLiteral("workers"));
    if (!w.hint.isEmpty())
        text += QStringLiteral(" — ") + oneLine(w.hint);
    return text;
}

QStringList warningLines(const QList<Warning> &warnings)
{
    // A noisy machine raises the same per-cell warning for many cells: print the first in full
    // and name the other cells, so the list stays readable.
    QStringList lines;
    QStringList codes;
    for (const Warning &w : warnings)
        if (!codes.contains(w.code))
            codes.append(w.code);
    for (const QString &code : codes) {
        QList<const Warning *> group;
        for (const Warning &w : warnings)
            if (w.code == code)
                group.append(&w);
        if (group.size() <= 2) {
            for (const Warning *w : group)
                lines.append(warningText(*w));
            continue;
        }
        lines.append(warningText(*group.first()));
        QStringList cells;
        for (const Warning *w : group.mid(1))
            cells.append(QStringLiteral("%1 ×%2").arg(w->strategy).arg(w->workers));
        // In a sweep every cell is "chunked ×2": a list of identical names says nothing.
        const bool distinct = QSet<QString>(cells.begin(), cells.end()).size() == cells.size();
        lines.append(
            distinct ? QStringLiteral("%1: also for %2 more cells: %3")
                           .arg(code)
                           .arg(cells.size())
                           .arg(cells.join(QStringLiteral(", ")))
                     : QStringLiteral("%1: also for %2 more cells").arg(code).arg(cells.size()));
    }
    return lines;
}

QString bestChunkText(const RunResult &r)
{
    const CellResult *best = bestChunkCell(r);
    if (!best)
        return QString();
    QString text = QStringLiteral("best chunk size %1 items (median %2, speedup %3)")
                       .arg(best->chunkSize)
                       .arg(medianText(best->stats), speedupText(*best));
    if (r.autoChunkSize > 0)
        text += QStringLiteral("; the automatic rule picks %1").arg(r.autoChunkSize);
    return text;
}

QString runStatusText(const RunResult &r)
{
    switch (r.status) {
    case RunStatus::Complete:
        return QString();
    case RunStatus::Canceled:
        return QStringLiteral("Run canceled: the results below are partial.");
    case RunStatus::Failed:
        return QStringLiteral("Run FAILED: ") +
               (r.error.isEmpty() ? QStringLiteral("no reason recorded") : oneLine(r.error));
    }
    return QString();
}

QString systemLine(const SystemInfo &s)
{
    // Files from other tools (Google Benchmark) lack some facts: leave them out, not blank.
    QStringList parts;
    if (!s.hostname.isEmpty() && s.cpuModel.isEmpty())
        parts << QStringLiteral("host ") + s.hostname;
    if (!s.cpuModel.isEmpty())
        parts << s.cpuModel;
    parts << QStringLiteral("%1 logical cores").arg(s.logicalCores);
    if (!s.compiler.isEmpty())
        parts << s.compiler;
    if (!s.buildType.isEmpty())
        parts << s.buildType + QStringLiteral(" build");
    if (!s.qtVersion.isEmpty())
        parts << QStringLiteral("Qt ") + s.qtVersion;
    if (s.sanitized)
        parts << QStringLiteral("sanitizers on");
    if (s.loadAverage1 >= 0)
        parts << QStringLiteral("load %1").arg(formatRatio(s.loadAverage1));
    if (s.cpuBusyBeforeRun >= 0)
        parts
            << QStringLiteral("CPUs busy before run %1 %").arg(s.cpuBusyBeforeRun * 100, 0, 'f', 0);
    if (s.date.isValid())
        parts << s.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace pb::fmt
