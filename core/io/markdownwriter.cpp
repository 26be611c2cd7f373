#include "core/io/markdownwriter.h"

#include "core/io/provenanceio.h"
#include "core/io/resultformat.h"
#include "core/io/sweepformat.h"
#include "core/model/units.h"

namespace pb {

namespace {

QString verifiedText(const CellResult &c, bool verifyRequested)
{
    if (c.errorKind == CellErrorKind::Canceled)
        return QStringLiteral("canceled: ") + c.error;
    if (!c.error.isEmpty())
        return QStringLiteral("**FAILED** (%1): %2").arg(cellErrorKindText(c.errorKind), c.error);
    if (c.strategy == QLatin1String("serial"))
        return QStringLiteral("reference");
    if (c.verified)
        return QStringLiteral("yes");
    return verifyRequested ? QStringLiteral("no") : QStringLiteral("off");
}

QString tableRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped << MarkdownWriter::cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString table(const RunResult &r)
{
    const bool sweep = r.isSizeSweep();
    QString out = QStringLiteral("%1| strategy | workers | median | 95% CI | speedup | efficiency "
                                 "| Karp–Flatt | CPU use | steal | verified |\n"
                                 "%2|---|--:|--:|---|---|--:|--:|--:|--:|---|\n")
                      .arg(sweep ? QStringLiteral("| size ") : QString(),
                           sweep ? QStringLiteral("|--:") : QString());
    for (const CellResult &c : r.cells) {
        QStringList row{fmt::cellLabel(c),
                        QString::number(c.workers),
                        fmt::medianText(c.stats),
                        fmt::medianCiText(c.stats),
                        fmt::speedupText(c),
                        fmt::efficiencyText(c.stats),
                        fmt::karpFlattText(c.stats),
                        fmt::cpuUseText(c.stats),
                        fmt::stealText(c, r.system.logicalCores),
                        verifiedText(c, r.config.verify)};
        if (sweep)
            row.prepend(formatCount(c.size));
        out += tableRow(row);
    }
    return out;
}

QString sweepSections(const RunResult &r)
{
    QString out;
    if (!r.breakEvens.isEmpty()) {
        out += QStringLiteral("\n## Break-even sizes\n\nFrom where the speedup's 95% CI lies above "
                              "1 at this and every larger measured size (interpolated on log "
                              "size where the CI's lower bound crosses 1).\n\n"
                              "| strategy | workers | break-even |\n|---|--:|---|\n");
        for (const BreakEven &b : r.breakEvens)
            out += tableRow({b.strategy, QString::number(b.workers), fmt::breakEvenText(b, r)});
        out += QLatin1Char('\n');
        for (const QString &line : fmt::breakEvenSummary(r))
            out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    if (!r.costModels.isEmpty()) {
        out += QStringLiteral("\n## Cost model\n\nt(N) = t0 + c·N, least squares over the sizes "
                              "weighted 1/t² (relative errors).\n\n"
                              "| strategy | workers | model | against serial's model |\n"
                              "|---|--:|---|---|\n");
        for (const CostModel &m : r.costModels)
            out += tableRow({m.strategy, QString::number(m.workers), fmt::costModelText(m),
                             fmt::modelBreakEvenText(m, r)});
    }
    return out;
}

} // namespace

QString MarkdownWriter::cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QByteArray MarkdownWriter::write(const RunResult &r) const
{
    QString out = QStringLiteral("# ParaBench: %1 (`%2`), %3\n\n")
                      .arg(r.workloadName.isEmpty() ? r.config.workload : r.workloadName,
                           r.config.workload, fmt::sizesText(r));
    out += fmt::systemLine(r.system) + QStringLiteral("\n\n");
    if (r.plugin)
        out += pluginText(*r.plugin) + QStringLiteral("\n\n");
    const QString status = fmt::runStatusText(r);
    if (!status.isEmpty())
        out += QStringLiteral("> **") + status + QStringLiteral("**\n\n");
    if (r.cells.isEmpty())
        out += QStringLiteral("No cells were measured.\n");
    else
        out += table(r);
    out += QStringLiteral("\nSpeedup = serial median / median (95% bootstrap CI); efficiency = "
                          "speedup / workers; Karp–Flatt = measured serial fraction; CPU use = "
                          "CPU time / (wall time × workers, at most the cores); steal = CPU time "
                          "the hypervisor gave to other guests.\n");
    out += sweepSections(r);
    if (const QString best = fmt::bestChunkText(r); !best.isEmpty())
        out += QStringLiteral("\n**Granularity sweep**: %1.\n").arg(best);
    if (!r.fits.isEmpty()) {
        out += QStringLiteral("\n## Amdahl fits\n\n");
        for (const QString &line : fmt::fitLines(r))
            out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    if (!r.warnings.isEmpty()) {
        out += QStringLiteral("\n## Warnings\n\n");
        for (const QString &line : fmt::warningLines(r.warnings))
            out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace pb
