#include "core/io/csvwriter.h"

#include "core/io/sweepformat.h"
#include "core/stats/statistics.h"

#include <cmath>

namespace pb {

namespace {

// Nanosecond figures: integers stay integers (exact), a median of an even count keeps .5.
QString nsField(double ns)
{
    if (!std::isfinite(ns))
        return QString();
    if (std::floor(ns) == ns && std::abs(ns) < 9e15)
        return QString::number(qint64(ns));
    return QString::number(ns, 'f', 1);
}

// Ratios (speedup, efficiency, Karp–Flatt): ten significant digits is plenty.
QString ratioField(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

/// The cell's strategy × workers across a size sweep: break-even and cost model (the same on
/// each of its rows, so a spreadsheet needs no second table).
QStringList sweepFields(const RunResult &r, const CellResult &c)
{
    QStringList f(5);
    const int workers = c.strategy == QLatin1String("serial") ? 1 : c.workers;
    if (const BreakEven *b = fmt::findBreakEven(r, c.strategy, workers)) {
        f[0] = breakEvenKindName(b->kind);
        if (b->kind == BreakEvenKind::Interpolated || b->kind == BreakEvenKind::AtSmallest)
            f[1] = QString::number(b->size, 'f', 0);
    }
    for (const CostModel &m : r.costModels)
        if (m.strategy == c.strategy && m.workers == workers) {
            f[2] = ratioField(m.fixedNs);
            f[3] = ratioField(m.perItemNs);
            f[4] = ratioField(m.rSquared);
        }
    return f;
}

QStringList row(const RunResult &r, const CellResult &c)
{
    const CellStats &s = c.stats;
    QStringList fields{CsvWriter::quote(r.config.workload),
                       QString::number(c.size),
                       CsvWriter::quote(c.strategy),
                       QString::number(c.workers),
                       QString::number(c.chunkSize),
                       QString::number(s.n),
                       nsField(s.minNs),
                       nsField(s.medianNs),
                       nsField(s.meanNs),
                       nsField(s.stddevNs),
                       nsField(s.medianCiLowNs),
                       nsField(s.medianCiHighNs),
                       ratioField(s.speedup),
                       ratioField(s.speedupCiLow),
                       ratioField(s.speedupCiHigh),
                       ratioField(s.efficiency),
                       s.karpFlatt ? ratioField(*s.karpFlatt) : QString(),
                       QString::number(s.outlierIndices.size()),
                       c.verified ? QStringLiteral("true") : QStringLiteral("false"),
                       CsvWriter::quote(c.error),
                       QString::number(c.peakExtraBytes),
                       cellErrorKindName(c.errorKind),
                       c.stealNs >= 0 ? nsField(c.stealNs) : QString(),
                       s.cpuUtilisation >= 0 ? ratioField(s.cpuUtilisation) : QString(),
                       c.cpuNs.isEmpty() ? QString()
                                         : nsField(stats::median(stats::toDoubles(c.cpuNs)))};
    return fields + sweepFields(r, c);
}

} // namespace

QStringList CsvWriter::columns()
{
    return {QStringLiteral("workload"),
            QStringLiteral("size"),
            QStringLiteral("strategy"),
            QStringLiteral("workers"),
            QStringLiteral("chunk_size"),
            QStringLiteral("n"),
            QStringLiteral("min_ns"),
            QStringLiteral("median_ns"),
            QStringLiteral("mean_ns"),
            QStringLiteral("stddev_ns"),
            QStringLiteral("ci_low_ns"),
            QStringLiteral("ci_high_ns"),
            QStringLiteral("speedup"),
            QStringLiteral("speedup_ci_low"),
            QStringLiteral("speedup_ci_high"),
            QStringLiteral("efficiency"),
            QStringLiteral("karp_flatt"),
            QStringLiteral("outliers"),
            QStringLiteral("verified"),
            QStringLiteral("error"),
            QStringLiteral("peak_extra_bytes"),
            QStringLiteral("error_kind"),
            QStringLiteral("steal_ns"),
            QStringLiteral("cpu_utilisation"),
            QStringLiteral("cpu_median_ns"),
            QStringLiteral("break_even_kind"),
            QStringLiteral("break_even_items"),
            QStringLiteral("model_fixed_ns"),
            QStringLiteral("model_per_item_ns"),
            QStringLiteral("model_r2")};
}

QString CsvWriter::quote(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needs = false;
    for (QChar ch : field)
        needs = needs || special.contains(ch);
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::write(const RunResult &result) const
{
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const CellResult &c : result.cells)
        out += row(result, c).join(QLatin1Char(',')) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace pb
