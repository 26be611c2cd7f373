#include "core/compare/comparison.h"

namespace pb {

QString CellKey::label(bool withSize) const
{
    QString out = QStringLiteral("%1 @%2").arg(strategy).arg(workers);
    if (chunk > 0)
        out += QStringLiteral(" chunk %1").arg(chunk);
    if (withSize)
        out += QStringLiteral(" n=%1").arg(size);
    return out;
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::NoChange:
        return QStringLiteral("no change");
    case Verdict::Improved:
        return QStringLiteral("improved");
    case Verdict::Regressed:
        return QStringLiteral("regressed");
    case Verdict::WithinNoise:
        return QStringLiteral("within noise");
    case Verdict::TooFewSamples:
        return QStringLiteral("too few samples");
    case Verdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int Comparison::gateFailures() const
{
    int n = 0;
    for (const CellComparison &c : cells)
        n += c.gateFailed ? 1 : 0;
    return n;
}

} // namespace pb
