#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace pb::ui {

enum class LineStyle { Solid, Dashed, Dotted, DashDot, DashDotDot, PointsOnly };
enum class PointMarker { None, Circle, Cross };

/// One axis of a chart: title, range, and linear (integer ticks optional) or log2 scale.
struct AxisSpec
{
    QString title;
    double min = 0;
    double max = 1;
    bool log2 = false;
    bool integerTicks = false;
    double tickInterval = 0; ///< linear axes: grid step from 0 (0 = library default)
    QString labelFormat = QStringLiteral("%g");
};

/// A polyline (or, with PointsOnly, a scatter of points); tooltips parallel points.
struct LineSpec
{
    QString name;
    QList<QPointF> points;
    QColor color;
    LineStyle style = LineStyle::Solid;
    PointMarker marker = PointMarker::None;
    double width = 2.0;
    bool inLegend = true;
    QStringList tooltips;
};

/// A filled band between lower and upper (same x values), e.g. a confidence interval.
struct BandSpec
{
    QString name;
    QList<QPointF> lower;
    QList<QPointF> upper;
    QColor color;
    bool inLegend = false;
};

/// A vertical reference line at x, from yFrom to yTo.
struct MarkerSpec
{
    QString name;
    double x = 0;
    double yFrom = 0;
    double yTo = 1;
    QColor color;
};

/// A shaded vertical region xFrom..xTo over the whole y range.
struct RegionSpec
{
    QString name;
    double xFrom = 0;
    double xTo = 1;
    double yFrom = 0;
    double yTo = 1;
    QColor color;
};

/// Everything one chart shows, as plain values: built from results by ChartBuilder and drawn
/// by a ChartAdapter, so the plotting library can be replaced without touching either.
struct ChartSpec
{
    QString title;
    AxisSpec x;
    AxisSpec y;
    QList<RegionSpec> regions;
    QList<BandSpec> bands;
    QList<LineSpec> lines;
    QList<MarkerSpec> markers;
    QString emptyMessage; ///< non-empty: show only this message, no axes or series
};

} // namespace pb::ui
