#include "core/compare/comparisonphrases.h"
#include "core/compare/comparisonwriters.h"
#include "core/io/textwriter.h"
#include "core/model/units.h"

namespace pb {
namespace {

QString keyList(const Comparison &c, const QList<CellKey> &keys)
{
    QStringList names;
    for (const CellKey &k : keys)
        names << cmpfmt::cellName(c, k);
    return names.join(QStringLiteral(", "));
}

QString medianOrDash(const CellComparison &c, double ns)
{
    return c.verdict == Verdict::Failed ? QStringLiteral("–") : formatDuration(ns);
}

QString table(const Comparison &c)
{
    QList<QStringList> rows{{QStringLiteral("cell"), QStringLiteral("BASE median"),
                             QStringLiteral("NEW median"), QStringLiteral("change [95% CI]"),
                             QStringLiteral("p"), QStringLiteral("verdict")}};
    for (const CellComparison &cell : c.cells) {
        QString verdict = verdictName(cell.verdict);
        if (cell.gateFailed)
            verdict += QStringLiteral(" (fails the gate)");
        if (!cell.note.isEmpty())
            verdict += QStringLiteral(": ") + cell.note;
        rows.append({cmpfmt::cellName(c, cell.key), medianOrDash(cell, cell.baseMedianNs),
                     medianOrDash(cell, cell.newMedianNs), cmpfmt::changeText(cell),
                     cmpfmt::pText(cell.pValue), verdict});
    }
    return TextWriter::alignColumns(rows, {false, true, true, false, true, false});
}

QString section(const Comparison &c, const CompareOptions &options)
{
    QString out = QStringLiteral("%1 vs %2 (BASE): %3\n")
                      .arg(c.newName, c.baseName, cmpfmt::optionsText(options));
    for (const QString &w : c.warnings)
        out += QStringLiteral("! ") + w + QLatin1Char('\n');
    out += QLatin1Char('\n');
    if (c.cells.isEmpty())
        out += QStringLiteral("No cell was measured in both files.\n");
    else
        out += table(c);
    if (!c.onlyInBase.isEmpty())
        out += QStringLiteral("Only in BASE: %1\n").arg(keyList(c, c.onlyInBase));
    if (!c.onlyInNew.isEmpty())
        out += QStringLiteral("Only in NEW: %1\n").arg(keyList(c, c.onlyInNew));
    out += QStringLiteral("Summary: %1\n").arg(cmpfmt::summaryText(c));
    return out;
}

} // namespace

QByteArray comparisonText(const QList<Comparison> &comparisons, const CompareOptions &options)
{
    QStringList sections;
    for (const Comparison &c : comparisons)
        sections << section(c, options);
    QString out = sections.join(QLatin1Char('\n'));
    if (const QString gate = cmpfmt::gateText(comparisons, options); !gate.isEmpty())
        out += QLatin1Char('\n') + gate + QLatin1Char('\n');
    out += QStringLiteral(
        "\nHow to read this: change = NEW median / BASE median - 1 (positive = slower) with its "
        "95% bootstrap CI; p = two-sided Mann-Whitney U test over the repetitions. Verdict: no "
        "change when p >= α; otherwise improved/regressed when the whole CI lies beyond the "
        "noise threshold, else within noise. Fewer than 4 repetitions a side cannot reach "
        "significance.\n");
    return out.toUtf8();
}

} // namespace pb
