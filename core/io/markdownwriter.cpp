#include "core/io/markdownwriter.h"

#include "core/io/provenanceio.h"
#include "core/io/resultformat.h"
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
    QString out = QStringLiteral("| strategy | workers | median | 95% CI | speedup | efficiency "
                                 "| Karp–Flatt | verified |\n"
                                 "|---|--:|--:|---|---|--:|--:|---|\n");
    for (const CellResult &c : r.cells)
        out +=
            tableRow({fmt::cellLabel(c), QString::number(c.workers), fmt::medianText(c.stats),
                      fmt::medianCiText(c.stats), fmt::speedupText(c), fmt::efficiencyText(c.stats),
                      fmt::karpFlattText(c.stats), verifiedText(c, r.config.verify)});
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
    QString out =
        QStringLiteral("# ParaBench: %1 (`%2`), size %3\n\n")
            .arg(r.workloadName.isEmpty() ? r.config.workload : r.workloadName, r.config.workload)
            .arg(r.config.size);
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
                          "speedup / workers; Karp–Flatt = measured serial fraction.\n");
    if (const QString best = fmt::bestChunkText(r); !best.isEmpty())
        out += QStringLiteral("\n**Granularity sweep**: %1.\n").arg(best);
    if (!r.fits.isEmpty()) {
        out += QStringLiteral("\n## Amdahl fits\n\n");
        for (const AmdahlFit &f : r.fits)
            out += QStringLiteral("- **%1**: %2\n").arg(f.strategy, fmt::fitText(f));
    }
    if (!r.warnings.isEmpty()) {
        out += QStringLiteral("\n## Warnings\n\n");
        for (const QString &line : fmt::warningLines(r.warnings))
            out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace pb
