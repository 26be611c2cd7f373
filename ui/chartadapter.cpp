#include "ui/chartadapter.h"

#include <cmath>

namespace pb::ui {

void ChartAdapter::addErrorBars(const ErrorBarSpec &bars, const AxisSpec &x)
{
    // Each bar is one polyline shaped like an I: cap, stem, cap. The caps are 1.5 % of the
    // axis wide, measured along the axis as drawn (log axes: a factor, not a difference).
    const bool log = x.isLog() && x.min > 0;
    const double span = log ? std::log2(x.max / x.min) : x.max - x.min;
    const double half = 0.015 * span;
    for (qsizetype i = 0; i < bars.points.size() && i < bars.low.size() && i < bars.high.size();
         ++i) {
        const double cx = bars.points[i].x();
        const double left = log ? cx * std::exp2(-half) : cx - half;
        const double right = log ? cx * std::exp2(half) : cx + half;
        const double lo = bars.low[i], hi = bars.high[i];
        LineSpec whisker;
        whisker.name = QStringLiteral("%1 [%2]").arg(bars.name).arg(i);
        whisker.color = bars.color;
        whisker.width = bars.width;
        whisker.inLegend = false;
        whisker.points = {{left, hi}, {right, hi}, {cx, hi}, {cx, lo}, {left, lo}, {right, lo}};
        const QString tip = bars.tooltips.value(i);
        for (int k = 0; k < 6; ++k)
            whisker.tooltips << tip;
        addLine(whisker);
    }
}

} // namespace pb::ui
