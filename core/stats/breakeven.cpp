#include "core/stats/breakeven.h"

#include <cmath>
#include <limits>

namespace pb {

namespace {

bool above(const SizeSpeedup &p)
{
    return std::isfinite(p.ciLow) && p.ciLow > 1.0;
}

} // namespace

std::optional<BreakEven> findBreakEven(const QString &strategy, int workers,
                                       const QList<SizeSpeedup> &points)
{
    if (points.size() < 2)
        return std::nullopt;
    BreakEven b;
    b.strategy = strategy;
    b.workers = workers;
    qsizetype j = points.size() - 1;
    if (!above(points[j])) {
        b.kind = BreakEvenKind::NotReached;
        return b;
    }
    while (j > 0 && above(points[j - 1]))
        --j;
    if (j == 0) {
        b.kind = BreakEvenKind::AtSmallest;
        b.size = double(points[0].size);
        return b;
    }
    const SizeSpeedup &lo = points[j - 1], &hi = points[j];
    b.below = lo.size;
    b.above = hi.size;
    if (!std::isfinite(lo.ciLow)) {
        b.kind = BreakEvenKind::Bracketed; // nothing to interpolate from
        return b;
    }
    // lo.ciLow <= 1 < hi.ciLow, so t lies in [0, 1).
    const double t = (1.0 - lo.ciLow) / (hi.ciLow - lo.ciLow);
    const double a = std::log(double(lo.size)), c = std::log(double(hi.size));
    b.kind = BreakEvenKind::Interpolated;
    b.size = std::exp(a + t * (c - a));
    return b;
}

QList<BreakEven> breakEvens(const RunResult &result)
{
    QList<BreakEven> out;
    if (!result.config.chunkSweep.isEmpty() || !result.isSizeSweep())
        return out;
    QList<QPair<QString, int>> pairs;
    for (const CellResult &c : result.cells)
        if (c.strategy != QLatin1String("serial") && !pairs.contains({c.strategy, c.workers}))
            pairs.append({c.strategy, c.workers});
    const QList<qint64> sizes = result.sizes();
    for (const auto &[strategy, workers] : pairs) {
        QList<SizeSpeedup> points;
        for (qint64 size : sizes) {
            const CellResult *c = result.cell(strategy, workers, size);
            if (!c)
                continue; // not measured at this size (e.g. the run was canceled)
            const bool usable = c->error.isEmpty() && c->stats.speedup > 0;
            points.append(
                {size, usable ? c->stats.speedupCiLow : std::numeric_limits<double>::quiet_NaN()});
        }
        if (auto b = findBreakEven(strategy, workers, points))
            out.append(*b);
    }
    return out;
}

} // namespace pb
