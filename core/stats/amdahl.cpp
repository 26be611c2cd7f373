#include "core/stats/amdahl.h"

#include <algorithm>
#include <cmath>

namespace pb {

namespace {

bool usable(const SpeedupPoint &p)
{
    return p.workers >= 1 && p.speedup > 0 && std::isfinite(p.speedup);
}

// Coefficient of determination of the fitted curve on the speedups (not on 1/S, where the
// fit was made): that is the scale the user reads on the chart.
double rSquaredOnSpeedups(const QList<SpeedupPoint> &points, double f)
{
    double meanS = 0;
    for (const SpeedupPoint &p : points)
        meanS += p.speedup;
    meanS /= static_cast<double>(points.size());
    double ssRes = 0, ssTot = 0;
    for (const SpeedupPoint &p : points) {
        const double r = p.speedup - amdahlSpeedup(f, p.workers);
        ssRes += r * r;
        ssTot += (p.speedup - meanS) * (p.speedup - meanS);
    }
    // All speedups equal: R² is undefined; a curve that passes through them explains everything.
    if (ssTot <= 0)
        return ssRes <= 1e-12 ? 1.0 : 0.0;
    return 1 - ssRes / ssTot;
}

} // namespace

std::optional<AmdahlFit> fitAmdahl(const QString &strategy, const QList<SpeedupPoint> &points)
{
    // Points with S <= 0 (failed cells) or w < 1 carry no information about f.
    QList<SpeedupPoint> used;
    for (const SpeedupPoint &p : points)
        if (usable(p))
            used.append(p);
    // Least squares through the origin of y = f x with x = 1 - 1/w, y = 1/S - 1/w.
    // w = 1 gives x = 0 and does not move f, but it still counts for R².
    double sxy = 0, sxx = 0;
    for (const SpeedupPoint &p : used) {
        const double x = 1 - 1.0 / p.workers;
        const double y = 1 / p.speedup - 1.0 / p.workers;
        sxy += x * y;
        sxx += x * x;
    }
    if (sxx <= 0)
        return std::nullopt;
    AmdahlFit fit;
    fit.strategy = strategy;
    const double raw = sxy / sxx;
    fit.serialFraction = std::clamp(raw, 0.0, 1.0);
    fit.clamped = raw != fit.serialFraction;
    fit.rSquared = rSquaredOnSpeedups(used, fit.serialFraction);
    fit.points = static_cast<int>(used.size());
    return fit;
}

double amdahlSpeedup(double serialFraction, double workers)
{
    if (workers <= 0)
        return 0;
    return 1 / (serialFraction + (1 - serialFraction) / workers);
}

std::optional<double> karpFlatt(double speedup, int workers)
{
    if (workers <= 1 || speedup <= 0)
        return std::nullopt;
    const double p = workers;
    return (1 / speedup - 1 / p) / (1 - 1 / p);
}

} // namespace pb
