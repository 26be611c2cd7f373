#include "core/stats/costmodel.h"

#include <algorithm>
#include <cmath>

namespace pb {

namespace {

struct Sums
{
    double w = 0, x = 0, y = 0, xx = 0, xy = 0;
};

double weightedRSquared(const QList<SizeTime> &points, double t0, double c, const Sums &s)
{
    const double meanY = s.y / s.w;
    double ssRes = 0, ssTot = 0;
    for (const SizeTime &p : points) {
        const double w = 1.0 / (p.medianNs * p.medianNs);
        const double r = p.medianNs - (t0 + c * p.size);
        ssRes += w * r * r;
        ssTot += w * (p.medianNs - meanY) * (p.medianNs - meanY);
    }
    if (ssTot <= 0)
        return ssRes <= 1e-12 ? 1.0 : 0.0;
    return 1.0 - ssRes / ssTot;
}

} // namespace

std::optional<CostModel> fitCostModel(const QString &strategy, int workers,
                                      const QList<SizeTime> &points)
{
    QList<SizeTime> used;
    for (const SizeTime &p : points)
        if (p.size > 0 && p.medianNs > 0 && std::isfinite(p.medianNs))
            used.append(p);
    if (used.size() < 3)
        return std::nullopt;
    Sums s;
    for (const SizeTime &p : used) {
        const double w = 1.0 / (p.medianNs * p.medianNs);
        s.w += w;
        s.x += w * p.size;
        s.y += w * p.medianNs;
        s.xx += w * p.size * p.size;
        s.xy += w * p.size * p.medianNs;
    }
    if (std::all_of(used.cbegin(), used.cend(),
                    [&](const SizeTime &p) { return p.size == used.constFirst().size; }))
        return std::nullopt; // one size: no slope
    const double det = s.w * s.xx - s.x * s.x;
    CostModel m;
    m.strategy = strategy;
    m.workers = workers;
    m.points = int(used.size());
    m.perItemNs = (s.w * s.xy - s.x * s.y) / det;
    m.fixedNs = (s.y - m.perItemNs * s.x) / s.w;
    if (m.fixedNs < 0) {
        // No run costs less than nothing: the best line through the origin instead.
        m.fixedClamped = true;
        m.fixedNs = 0;
        m.perItemNs = s.xy / s.xx;
    }
    m.rSquared = weightedRSquared(used, m.fixedNs, m.perItemNs, s);
    return m;
}

QList<CostModel> costModels(const RunResult &result)
{
    QList<CostModel> out;
    if (!result.config.chunkSweep.isEmpty() || result.sizes().size() < 3)
        return out;
    QList<QPair<QString, int>> pairs;
    for (const CellResult &c : result.cells) {
        const int workers = c.strategy == QLatin1String("serial") ? 1 : c.workers;
        if (!pairs.contains({c.strategy, workers}))
            pairs.append({c.strategy, workers});
    }
    for (const auto &[strategy, workers] : pairs) {
        QList<SizeTime> points;
        for (const CellResult &c : result.cells)
            if (c.strategy == strategy &&
                (c.workers == workers || strategy == QLatin1String("serial")) &&
                c.error.isEmpty() && c.stats.n > 0)
                points.append({double(c.size), c.stats.medianNs});
        if (auto m = fitCostModel(strategy, workers, points))
            out.append(*m);
    }
    return out;
}

} // namespace pb
