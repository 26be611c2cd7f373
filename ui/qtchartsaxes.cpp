// QtChartsAdapter's axes. QLogValueAxis labels only powers of its base (a worker axis 1..4
// showed 1, 2, 4 but no 3), so log scales are drawn as a linear QCategoryAxis over
// log-transformed values, with one label per explicit tick; seriesData() still reports the
// values as given.
#include "ui/qtchartsadapter.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pb::ui {

namespace {

double transform(double v, AxisScale scale)
{
    constexpr double kTiny = 1e-300; // log of 0 or below: pinned far below any axis
    switch (scale) {
    case AxisScale::Linear:
        return v;
    case AxisScale::Log2:
        return std::log2(std::max(v, kTiny));
    case AxisScale::Log10:
        return std::log10(std::max(v, kTiny));
    }
    return v;
}

void setTicks(QCategoryAxis *axis, const AxisSpec &spec)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const double lo = transform(spec.min, spec.scale);
    const double hi = transform(spec.max, spec.scale);
    double previous = lo;
    bool first = true;
    for (const AxisTick &t : spec.ticks) {
        const double v = transform(t.value, spec.scale);
        if (v < lo - 1e-9 || v > hi + 1e-9)
            continue;
        if (first) {
            // The first category starts below the first tick, so its label sits on the tick.
            axis->setStartValue(std::min(lo, v - 1e-6));
            first = false;
        } else if (v <= previous) {
            continue;
        }
        axis->append(t.label, v);
        previous = v;
    }
    axis->setRange(lo, hi);
}

} // namespace

QPointF QtChartsAdapter::toAxes(const QPointF &p) const
{
    return {transform(p.x(), m_xScale), transform(p.y(), m_yScale)};
}

QList<QPointF> QtChartsAdapter::toAxes(const QList<QPointF> &points) const
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF &p : points)
        out.append(toAxes(p));
    return out;
}

void QtChartsAdapter::swapAxis(QAbstractAxis *&current, QAbstractAxis *wanted, Qt::Alignment side)
{
    if (wanted == current)
        return;
    m_chart->removeAxis(current); // detaches its series; they are re-attached in keep()
    m_chart->addAxis(wanted, side);
    current = wanted;
}

QAbstractAxis *QtChartsAdapter::configureAxis(const AxisSpec &spec, bool horizontal)
{
    (horizontal ? m_xScale : m_yScale) = spec.scale;
    if (spec.ticks.isEmpty() && !spec.isLog()) {
        QValueAxis *axis = horizontal ? m_xValue : m_yValue;
        axis->setRange(spec.min, spec.max);
        axis->setTitleText(spec.title);
        axis->setLabelFormat(spec.labelFormat);
        // The builder picks the range; nice-number rounding here would move markers off
        // the ends.
        axis->setTickType(spec.tickInterval > 0 ? QValueAxis::TicksDynamic
                                                : QValueAxis::TicksFixed);
        if (spec.tickInterval > 0) {
            axis->setTickAnchor(0);
            axis->setTickInterval(spec.tickInterval);
        }
        return axis;
    }
    QCategoryAxis *axis = horizontal ? m_xCategory : m_yCategory;
    setTicks(axis, spec);
    axis->setTitleText(spec.title);
    return axis;
}

void QtChartsAdapter::setAxes(const AxisSpec &x, const AxisSpec &y)
{
    swapAxis(m_xCurrent, configureAxis(x, true), Qt::AlignBottom);
    swapAxis(m_yCurrent, configureAxis(y, false), Qt::AlignLeft);
}

} // namespace pb::ui
