#include "core/compare/comparisonwriters.h"
#include "core/io/csvwriter.h"

#include <cmath>

namespace pb {
namespace {

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

QStringList keyFields(const CellKey &k)
{
    return {CsvWriter::quote(k.workload), QString::number(k.size), CsvWriter::quote(k.strategy),
            QString::number(k.workers), QString::number(k.chunk)};
}

QStringList sideOnly(const Comparison &c, const CellKey &k, const QString &verdict)
{
    return QStringList{CsvWriter::quote(c.baseName), CsvWriter::quote(c.newName)} + keyFields(k) +
           QStringList{QString(), QString(), QString(), QString(), QString(),           QString(),
                       QString(), QString(), QString(), verdict,   QStringLiteral("0"), QString()};
}

} // namespace

QByteArray comparisonCsv(const QList<Comparison> &comparisons, const CompareOptions &)
{
    QString out = QStringLiteral(
        "base,new,workload,size,strategy,workers,chunk,n_base,n_new,base_median_ns,"
        "new_median_ns,ratio,ratio_ci_low,ratio_ci_high,change_pct,p_value,verdict,gate_failed,"
        "note\n");
    for (const Comparison &c : comparisons) {
        for (const CellComparison &cell : c.cells) {
            const bool failed = cell.verdict == Verdict::Failed;
            const QStringList fields =
                QStringList{CsvWriter::quote(c.baseName), CsvWriter::quote(c.newName)} +
                keyFields(cell.key) +
                QStringList{QString::number(cell.nBase),
                            QString::number(cell.nNew),
                            failed ? QString() : number(cell.baseMedianNs),
                            failed ? QString() : number(cell.newMedianNs),
                            number(cell.ratio),
                            number(cell.ratioLow),
                            number(cell.ratioHigh),
                            number(cell.change() * 100),
                            number(cell.pValue),
                            CsvWriter::quote(verdictName(cell.verdict)),
                            cell.gateFailed ? QStringLiteral("1") : QStringLiteral("0"),
                            CsvWriter::quote(cell.note)};
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        for (const CellKey &k : c.onlyInBase)
            out += sideOnly(c, k, QStringLiteral("only in base")).join(QLatin1Char(',')) +
                   QLatin1Char('\n');
        for (const CellKey &k : c.onlyInNew)
            out += sideOnly(c, k, QStringLiteral("only in new")).join(QLatin1Char(',')) +
                   QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace pb
