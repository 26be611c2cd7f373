#include "core/compare/verdict.h"

#include <cmath>

namespace pb {

Verdict decideVerdict(double pValue, double changeLow, double changeHigh,
                      const CompareOptions &options)
{
    if (!(pValue < options.alpha)) // NaN (no test) reads as no evidence
        return Verdict::NoChange;
    if (changeLow > options.noise)
        return Verdict::Regressed;
    if (changeHigh < -options.noise)
        return Verdict::Improved;
    return Verdict::WithinNoise;
}

bool failsGate(const CellComparison &cell, bool failedOnlyInNew, const CompareOptions &options)
{
    if (!options.failOnRegression)
        return false;
    if (failedOnlyInNew)
        return true;
    return cell.verdict == Verdict::Regressed && std::isfinite(cell.ratio) &&
           cell.change() > *options.failOnRegression;
}

} // namespace pb
