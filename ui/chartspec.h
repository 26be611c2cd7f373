#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace pb::ui {

enum class LineStyle { Solid, Dashed, Dotted, DashDot, DashDotDot, PointsOnly };
/// Point shapes; Cross is reserved for failed cells.
enum class PointMarker { None, Circle, Square, Triangle, Diamond, Cross };
/// How values map to an axis. Log axes always carry explicit ticks (applyFigureRules adds them).
enum class AxisScale { Linear, Log2, Log10 };

/// One labelled tick of an axis, at a data value.
struct AxisTick
{
    double value = 0;
    QString label;
    bool operator==(const AxisTick &o) const { return value == o.value && label == o.label; }
};

/// One axis of a chart: title, range, scale and (optionally) the exact ticks to label.
struct AxisSpec
{
    QString title; ///< a non-linear scale is named in it ("Workers (log scale)")
    double min = 0;
    double max = 1;
    AxisScale scale = AxisScale::Linear;
    /// Explicit ticks (e.g. every measured worker count); empty = evenly spaced ticks.
    QList<AxisTick> ticks;
    double tickInterval = 0; ///< linear axes without ticks: grid step from 0 (0 = library default)
    QString labelFormat = QStringLiteral("%g");

    bool isLog() const { return scale != AxisScale::Linear; }
};

/// What a line means. The role decides the legend and on-chart labels (applyFigureRules), so
/// every chart kind follows the same rules: each series and each run is listed once, model
/// curves and reference lines never.
enum class SeriesRole {
    Measured,  ///< measured values: one legend entry per `series` (and per `run` in overlays)
    Baseline,  ///< the serial baseline: one legend entry, drawn black/grey
    Fit,       ///< a model curve in its series' colour (Amdahl): no legend entry
    Reference, ///< ideal, 1.0, 100 %: no legend entry, `label` is written on the chart
    Failed,    ///< failed cells: one legend entry for all of them
};

/// A polyline (or, with PointsOnly, a scatter of points); tooltips parallel points.
struct LineSpec
{
    QString name; ///< unique in the chart: tooltips, test look-ups
    QList<QPointF> points;
    QColor color;
    LineStyle style = LineStyle::Solid;
    PointMarker marker = PointMarker::None;
    double width = 2.0; ///< in layout pixels (1/96 inch in exports): at least 1.5 (> 1 pt)
    SeriesRole role = SeriesRole::Measured;
    QString series; ///< legend text of the hue (strategy); empty = name
    QString run;    ///< run label when several runs share the chart (told apart by dash/marker)
    QString label;  ///< Reference: text written next to the line's end; Fit: the model's name
    bool inLegend = true; ///< false: never listed, whatever the role
    QStringList tooltips;
};

/// A filled band between lower and upper (same x values), e.g. a confidence interval. Bands
/// share their line's colour and are never listed in the legend (a note explains the shading).
struct BandSpec
{
    QString name;
    QList<QPointF> lower;
    QList<QPointF> upper;
    QColor color;
    QString label; ///< what the shading means, for the legend's note ("95% CI")
    bool inLegend = false;
};

/// A vertical reference line at x, from yFrom to yTo, labelled on the chart ("2 cores").
struct MarkerSpec
{
    QString name;
    double x = 0;
    double yFrom = 0;
    double yTo = 1;
    QColor color;
    QString label; ///< written beside the line's top; empty = name
    LineStyle style = LineStyle::DashDot;
};

/// A shaded vertical region xFrom..xTo over the whole y range, labelled on the chart.
struct RegionSpec
{
    QString name;
    double xFrom = 0;
    double xTo = 1;
    double yFrom = 0;
    double yTo = 1;
    QColor color;
    QString label; ///< written inside the region's top; empty = none
};

/// One legend row: a swatch (line in its dash pattern, point marker, shaded band) and text.
struct LegendEntry
{
    enum class Kind {
        Series, ///< a hue: strategy (or serial baseline, failed cells)
        Run,    ///< a run in an overlay: dash pattern and marker in neutral grey
        Note,   ///< notation: "95% CI" band, "Amdahl fit" dotted
    };
    Kind kind = Kind::Series;
    QString text;
    QColor color;
    LineStyle style = LineStyle::Solid;
    PointMarker marker = PointMarker::None;
    double width = 2.0;
    bool band = false; ///< the swatch shows a shaded band

    bool operator==(const LegendEntry &o) const
    {
        return kind == o.kind && text == o.text && color == o.color && style == o.style &&
               marker == o.marker && width == o.width && band == o.band;
    }
};

/// Vertical error bars (whiskers with caps) at points, e.g. a confidence interval per point;
/// low/high and tooltips parallel points. Listed once as a legend note (label), never per bar.
struct ErrorBarSpec
{
    QString name;
    QList<QPointF> points;
    QList<double> low;
    QList<double> high;
    QColor color;
    double width = 1.5; ///< layout pixels, as kReferenceWidth (the figure rules' minimum)
    QString label;      ///< what the whiskers mean, for the legend's note ("95% CI"); empty = none
    QStringList tooltips;
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
    QString subtitle;     ///< context under the title ("primes · n = 30 000 · 2 logical cores")
    /// What the legend lists, in order; filled from the lines by applyFigureRules().
    QList<LegendEntry> legend;
    QList<ErrorBarSpec> errorBars; ///< drawn under the lines
};

} // namespace pb::ui
