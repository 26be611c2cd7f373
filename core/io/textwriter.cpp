#include "core/io/textwriter.h"

#include "core/io/provenanceio.h"
#include "core/io/resultformat.h"
#include "core/io/sweepformat.h"
#include "core/model/units.h"

namespace pb {

namespace {

QString header(const RunResult &r)
{
    QString out =
        QStringLiteral("ParaBench: %1 (%2)")
            .arg(r.workloadName.isEmpty() ? r.config.workload : r.workloadName, r.config.workload);
    if (r.sizes().constLast() > 0) // 0: imported from a tool that records no size
        out += QStringLiteral(", ") + fmt::sizesText(r);
    if (r.inputBytes > 0 || r.outputBytes > 0)
        out += QStringLiteral(", input %1, output %2")
                   .arg(formatBytes(double(r.inputBytes)), formatBytes(double(r.outputBytes)));
    out += QLatin1Char('\n') + fmt::systemLine(r.system) + QLatin1Char('\n');
    if (r.plugin)
        out += pluginText(*r.plugin) + QLatin1Char('\n');
    const QString status = fmt::runStatusText(r);
    if (!status.isEmpty())
        out += QLatin1Char('\n') + status + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString table(const RunResult &r)
{
    const bool sweep = r.isSizeSweep();
    QList<QStringList> rows{{QStringLiteral("strategy"), QStringLiteral("workers"),
                             QStringLiteral("median"), QStringLiteral("95% CI of median"),
                             QStringLiteral("runs"), QStringLiteral("speedup [95% CI]"),
                             QStringLiteral("efficiency"), QStringLiteral("Karp–Flatt"),
                             QStringLiteral("CPU use"), QStringLiteral("steal"),
                             QStringLiteral("+memory"), QStringLiteral("status")}};
    QList<bool> right{false, true, true, false, true, false, true, true, true, true, true, false};
    if (sweep) {
        rows.first().prepend(QStringLiteral("size"));
        right.prepend(true);
    }
    for (const CellResult &c : r.cells) {
        QStringList row{fmt::cellLabel(c),
                        QString::number(c.workers),
                        fmt::medianText(c.stats),
                        fmt::medianCiText(c.stats),
                        QString::number(c.stats.n),
                        fmt::speedupText(c),
                        fmt::efficiencyText(c.stats),
                        fmt::karpFlattText(c.stats),
                        fmt::cpuUseText(c.stats),
                        fmt::stealText(c, r.system.logicalCores),
                        fmt::peakExtraText(c),
                        fmt::statusText(c, r.config.verify)};
        if (sweep)
            row.prepend(formatCount(c.size));
        rows.append(row);
    }
    return TextWriter::alignColumns(rows, right);
}

QString sweepSection(const RunResult &r)
{
    QString out;
    if (!r.breakEvens.isEmpty()) {
        out += QStringLiteral("Break-even size (from where the speedup's 95% CI stays above 1; "
                              "interpolated on log size where its lower bound crosses 1):\n");
        QList<QStringList> rows;
        for (const BreakEven &b : r.breakEvens)
            rows.append({QStringLiteral("  ") + b.strategy, fmt::workersLabel(b.workers),
                         fmt::breakEvenText(b, r)});
        out += TextWriter::alignColumns(rows, {false, true, false});
        for (const QString &line : fmt::breakEvenSummary(r))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (!r.costModels.isEmpty()) {
        out += QStringLiteral("Cost model t(N) = t0 + c·N (least squares over the sizes, weighted "
                              "1/t²; break-even against serial's model):\n");
        QList<QStringList> rows;
        for (const CostModel &m : r.costModels) {
            rows.append({QStringLiteral("  ") + m.strategy, fmt::workersLabel(m.workers),
                         fmt::costModelText(m), fmt::modelBreakEvenText(m, r)});
        }
        for (const QString &line : TextWriter::alignColumns(rows, {false, true, false, false})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    return out;
}

QString footer(const RunResult &r)
{
    QString out;
    if (const QString best = fmt::bestChunkText(r); !best.isEmpty())
        out += QStringLiteral("Granularity sweep: %1\n\n").arg(best);
    out += sweepSection(r);
    for (const QString &line : fmt::fitLines(r))
        out += QStringLiteral("Amdahl fit %1\n").arg(line);
    if (!r.fits.isEmpty())
        out += QLatin1Char('\n');
    for (const QString &line : fmt::warningLines(r.warnings))
        out += QStringLiteral("! ") + line + QLatin1Char('\n');
    if (!r.warnings.isEmpty())
        out += QLatin1Char('\n');
    if (r.processPeakRssBytes >= 0)
        out += QStringLiteral("Peak memory (RSS) of the process: %1\n")
                   .arg(formatBytes(double(r.processPeakRssBytes)));
    out += QStringLiteral(
        "How to read this: median = middle of the timed runs; the 95% CI is the range the true "
        "median lies in with 95% confidence.\nspeedup = serial median / median (ideal = "
        "workers); efficiency = speedup / workers (100% = no overhead); Karp–Flatt = measured "
        "serial fraction (lower is better; if it grows with workers, overhead grows too).\n"
        "CPU use = CPU time / (wall time × workers, at most the cores): below 100% workers sat "
        "idle; steal = CPU time the hypervisor gave to other guests.\n"
        "+memory = most the process RSS grew during one run, over the input and output it "
        "already holds (mapped's result store shows here).\n");
    return out;
}

} // namespace

QString TextWriter::alignColumns(const QList<QStringList> &rows, const QList<bool> &rightAlign)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row[i].size());
        }
    QString out;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i == row.size() - 1;
            if (last)
                padded << row[i];
            else if (rightAlign.value(i))
                padded << row[i].rightJustified(widths[i]);
            else
                padded << row[i].leftJustified(widths[i]);
        }
        out += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

QByteArray TextWriter::write(const RunResult &result) const
{
    QString out = header(result);
    if (result.cells.isEmpty())
        out += QStringLiteral("No cells were measured.\n");
    else
        out += table(result);
    out += QLatin1Char('\n') + footer(result);
    return out.toUtf8();
}

} // namespace pb
