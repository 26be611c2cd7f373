#include "ui/chartaxes.h"

#include "ui/chartrules.h"

#include <algorithm>
#include <cmath>

namespace pb::ui {

double niceChartStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

AxisSpec countAxis(const QString &title, const QList<double> &xs, int maxTicks)
{
    AxisSpec a;
    a.title = title;
    const double lo = xs.isEmpty() ? 1 : *std::min_element(xs.begin(), xs.end());
    const double hi = xs.isEmpty() ? 1 : *std::max_element(xs.begin(), xs.end());
    a.scale = lo > 0 && hi / lo >= 4 ? AxisScale::Log2 : AxisScale::Linear;
    if (a.isLog()) {
        a.min = lo / std::pow(2.0, 0.25);
        a.max = hi * std::pow(2.0, 0.25);
    } else {
        a.min = std::max(0.0, lo - 0.5);
        a.max = hi + 0.5;
    }
    // A labelled tick at every measured value (docs/figures.md).
    a.ticks = ticksAt(xs.isEmpty() ? QList<double>{1} : xs, maxTicks);
    return a;
}

AxisSpec workersAxis(const QList<double> &xs)
{
    return countAxis(QStringLiteral("Workers"), xs);
}

AxisSpec valueAxis(const QString &title, double lo, double hi)
{
    AxisSpec y;
    y.title = title;
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    const double air = (hi - lo) * 0.08;
    y.tickInterval = niceChartStep((hi - lo + 2 * air) / 6);
    y.min = std::floor((lo - air) / y.tickInterval) * y.tickInterval;
    y.max = std::ceil((hi + air) / y.tickInterval) * y.tickInterval;
    return y;
}

} // namespace pb::ui
