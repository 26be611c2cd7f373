#pragma once

#include "ui/chartrules.h"
#include "ui/chartspec.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;
class QWidget;

namespace pb::ui {

/// What the last drawn frame shows where, in layout pixels (exports: 1/96 inch): for tests of
/// the figure rules (legend, labels, ticks, type size) without comparing pixels.
struct FigureLayout
{
    QRectF chart;
    QRectF plotArea;
    QRectF legend;            ///< empty without a legend
    bool legendBelow = false; ///< below the plot (narrow figures) instead of at its right
    QStringList legendTexts;  ///< as shown (long ones elided)
    QStringList labels;       ///< texts written on the chart next to reference lines
    QList<QRectF> labelRects;
    QStringList xTickLabels; ///< the labelled ticks of the axes, in order
    QStringList yTickLabels;
    int smallestFontPixels = 0; ///< the smallest text on the figure (0 = widget defaults)
};

/// Abstract plotting backend. Only its implementations include a charting library, so
/// replacing QtCharts (deprecated from Qt 6.10) means writing one new subclass.
class ChartAdapter
{
public:
    /// Interactive: a widget with tooltips. Offscreen: render() only, for exports.
    enum class Mode { Interactive, Offscreen };

    virtual ~ChartAdapter() = default;

    /// Fixed font sizes (pixels) for exported report figures; 0 keeps the widget defaults.
    virtual void setFontPixelSize(int basePixels) = 0;

    /// Starts a new frame; series added after this replace the previous ones (an implementation
    /// may reuse objects with the same name to avoid flicker).
    virtual void clear() = 0;
    virtual void setTitle(const QString &title, const QString &subtitle) = 0;
    virtual void setAxes(const AxisSpec &x, const AxisSpec &y) = 0;
    virtual void addLine(const LineSpec &line) = 0;
    virtual void addBand(const BandSpec &band) = 0;
    virtual void addMarkerLine(const MarkerSpec &marker) = 0;
    virtual void addRegion(const RegionSpec &region) = 0;
    /// The legend's rows, drawn with their dash patterns and markers (LegendLayout).
    virtual void setLegend(const QList<LegendEntry> &entries) = 0;
    /// Error bars on the axis x (caps sized along it); by default each bar is a line through
    /// addLine(), so a backend needs nothing new.
    virtual void addErrorBars(const ErrorBarSpec &bars, const AxisSpec &x);
    /// Shows only a centred message instead of an empty grid; empty text shows the chart.
    virtual void setEmptyMessage(const QString &text) = 0;
    /// Ends the frame started by clear().
    virtual void finish() = 0;

    /// Paints the chart (or the empty message) into rect, e.g. for export.
    virtual void render(QPainter *painter, const QRectF &rect) = 0;
    virtual QWidget *widget() = 0;
    /// The plotted series as (name, points); a band gives "<name> (low)" and "<name> (high)".
    virtual QList<QPair<QString, QList<QPointF>>> seriesData() const = 0;
    virtual FigureLayout layoutInfo() const = 0;

    /// Draws a whole spec (clear, axes, series in z-order, legend, finish) under the figure
    /// rules (applyFigureRules), whoever built it.
    void apply(ChartSpec spec)
    {
        applyFigureRules(spec);
        clear();
        setTitle(spec.title, spec.subtitle);
        setEmptyMessage(spec.emptyMessage);
        if (spec.emptyMessage.isEmpty()) {
            setAxes(spec.x, spec.y);
            for (const RegionSpec &r : spec.regions)
                addRegion(r);
            for (const BandSpec &b : spec.bands)
                addBand(b);
            for (const ErrorBarSpec &e : spec.errorBars)
                addErrorBars(e, spec.x);
            for (const LineSpec &l : spec.lines)
                addLine(l);
            for (const MarkerSpec &m : spec.markers)
                addMarkerLine(m);
            setLegend(spec.legend);
        } else {
            setLegend({});
        }
        finish();
    }
};

/// The plotting backend in use (QtCharts). Everything outside its implementation file creates
/// adapters here, so swapping the backend touches only that file.
std::unique_ptr<ChartAdapter>
makeChartAdapter(ChartAdapter::Mode mode = ChartAdapter::Mode::Interactive);

} // namespace pb::ui
