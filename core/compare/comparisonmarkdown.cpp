#include "core/compare/comparisonphrases.h"
#include "core/compare/comparisonwriters.h"
#include "core/io/markdownwriter.h"
#include "core/model/units.h"

namespace pb {
namespace {

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped << MarkdownWriter::cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString verdictCell(const CellComparison &c)
{
    QString v = verdictName(c.verdict);
    if (c.verdict == Verdict::Regressed || c.verdict == Verdict::Improved ||
        c.verdict == Verdict::Failed)
        v = QStringLiteral("**") + v + QStringLiteral("**");
    if (c.gateFailed)
        v += QStringLiteral(" ❌");
    if (!c.note.isEmpty())
        v += QStringLiteral(": ") + c.note;
    return v;
}

QString keyList(const Comparison &c, const QList<CellKey> &keys)
{
    QStringList names;
    for (const CellKey &k : keys)
        names << MarkdownWriter::cell(cmpfmt::cellName(c, k));
    return names.join(QStringLiteral(", "));
}

QString section(const Comparison &c)
{
    QString out = QStringLiteral("### `%1` vs `%2` (BASE)\n\n")
                      .arg(MarkdownWriter::cell(c.newName), MarkdownWriter::cell(c.baseName));
    for (const QString &w : c.warnings)
        out += QStringLiteral("> ⚠️ ") + MarkdownWriter::cell(w) + QLatin1Char('\n');
    if (!c.warnings.isEmpty())
        out += QLatin1Char('\n');
    if (c.cells.isEmpty()) {
        out += QStringLiteral("No cell was measured in both files.\n\n");
    } else {
        out += QStringLiteral("| cell | BASE median | NEW median | change [95% CI] | p | verdict "
                              "|\n|---|--:|--:|---|--:|---|\n");
        for (const CellComparison &cell : c.cells)
            out += row({cmpfmt::cellName(c, cell.key),
                        cell.verdict == Verdict::Failed ? QStringLiteral("–")
                                                        : formatDuration(cell.baseMedianNs),
                        cell.verdict == Verdict::Failed ? QStringLiteral("–")
                                                        : formatDuration(cell.newMedianNs),
                        cmpfmt::changeText(cell), cmpfmt::pText(cell.pValue), verdictCell(cell)});
        out += QLatin1Char('\n');
    }
    if (!c.onlyInBase.isEmpty())
        out += QStringLiteral("Only in BASE: %1\n\n").arg(keyList(c, c.onlyInBase));
    if (!c.onlyInNew.isEmpty())
        out += QStringLiteral("Only in NEW: %1\n\n").arg(keyList(c, c.onlyInNew));
    out += QStringLiteral("Summary: %1\n\n").arg(cmpfmt::summaryText(c));
    return out;
}

} // namespace

QByteArray comparisonMarkdown(const QList<Comparison> &comparisons, const CompareOptions &options)
{
    QString out = QStringLiteral("## ParaBench comparison\n\n%1\n\n")
                      .arg(MarkdownWriter::cell(cmpfmt::optionsText(options)));
    for (const Comparison &c : comparisons)
        out += section(c);
    if (const QString gate = cmpfmt::gateText(comparisons, options); !gate.isEmpty())
        out += QStringLiteral("**%1**\n\n").arg(gate);
    out += QStringLiteral(
        "<sub>change = NEW median / BASE median − 1 (positive = slower), 95% bootstrap CI; "
        "p = two-sided Mann–Whitney U. Verdict as Criterion.rs: no change when p ≥ α, else "
        "improved/regressed when the whole CI lies beyond ± noise, else within noise.</sub>\n");
    return out.toUtf8();
}

} // namespace pb
