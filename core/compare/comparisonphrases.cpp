#include "core/compare/comparisonphrases.h"

#include <cmath>

namespace pb::cmpfmt {

QString percent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("–");
    const double v = fraction * 100;
    // Rounds to zero: no sign, so "+0.0%" never suggests a direction.
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        return QString::number(0.0, 'f', decimals) + QLatin1Char('%');
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("-")) +
           QString::number(std::abs(v), 'f', decimals) + QLatin1Char('%');
}

QString changeText(const CellComparison &c)
{
    if (!std::isfinite(c.ratio))
        return QStringLiteral("–");
    if (!std::isfinite(c.ratioLow) || !std::isfinite(c.ratioHigh))
        return percent(c.change());
    return QStringLiteral("%1 [%2 – %3]")
        .arg(percent(c.change()), percent(c.ratioLow - 1), percent(c.ratioHigh - 1));
}

QString pText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    if (p < 0.0001)
        return QStringLiteral("<0.0001");
    return QString::number(p, 'f', 4);
}

QString optionsText(const CompareOptions &o)
{
    QString out = QStringLiteral("α = %1, noise ±%2")
                      .arg(QString::number(o.alpha, 'g', 3),
                           QString::number(o.noise * 100, 'g', 3) + QLatin1Char('%'));
    if (o.failOnRegression)
        out += QStringLiteral(", gate: a cell regressed by more than %1 fails")
                   .arg(QString::number(*o.failOnRegression * 100, 'g', 3) + QLatin1Char('%'));
    else
        out += QStringLiteral(", no gate");
    return out;
}

QString cellName(const Comparison &comparison, const CellKey &key)
{
    return key.label(comparison.sizesDiffer);
}

QString summaryText(const Comparison &comparison)
{
    QStringList parts;
    for (Verdict v : {Verdict::Regressed, Verdict::Improved, Verdict::WithinNoise,
                      Verdict::NoChange, Verdict::TooFewSamples, Verdict::Failed}) {
        int n = 0;
        for (const CellComparison &c : comparison.cells)
            n += c.verdict == v ? 1 : 0;
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(verdictName(v));
    }
    if (!comparison.onlyInBase.isEmpty())
        parts << QStringLiteral("%1 only in BASE").arg(comparison.onlyInBase.size());
    if (!comparison.onlyInNew.isEmpty())
        parts << QStringLiteral("%1 only in NEW").arg(comparison.onlyInNew.size());
    return parts.isEmpty() ? QStringLiteral("no cells") : parts.join(QStringLiteral(", "));
}

QString gateText(const QList<Comparison> &comparisons, const CompareOptions &options)
{
    if (!options.failOnRegression)
        return {};
    int failures = 0;
    for (const Comparison &c : comparisons)
        failures += c.gateFailures();
    const QString threshold =
        QString::number(*options.failOnRegression * 100, 'g', 3) + QLatin1Char('%');
    if (failures == 0)
        return QStringLiteral("gate: passed (no cell regressed by more than %1)").arg(threshold);
    return QStringLiteral("gate: FAILED: %1 cell(s) regressed by more than %2 or failed only in "
                          "NEW")
        .arg(failures)
        .arg(threshold);
}

} // namespace pb::cmpfmt
