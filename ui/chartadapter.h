#pragma once

#include "ui/chartspec.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QWidget;

namespace pb::ui {

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
    virtual void setTitle(const QString &title) = 0;
    virtual void setAxes(const AxisSpec &x, const AxisSpec &y) = 0;
    virtual void addLine(const LineSpec &line) = 0;
    virtual void addBand(const BandSpec &band) = 0;
    virtual void addMarkerLine(const MarkerSpec &marker) = 0;
    virtual void addRegion(const RegionSpec &region) = 0;
    /// Shows only a centred message instead of an empty grid; empty text shows the chart.
    virtual void setEmptyMessage(const QString &text) = 0;
    /// Ends the frame started by clear().
    virtual void finish() = 0;

    /// Paints the chart (or the empty message) into rect, e.g. for export.
    virtual void render(QPainter *painter, const QRectF &rect) = 0;
    virtual QWidget *widget() = 0;
    /// The plotted series as (name, points); a band gives "<name> (low)" and "<name> (high)".
    virtual QList<QPair<QString, QList<QPointF>>> seriesData() const = 0;

    /// Draws a whole spec (clear, axes, series in z-order, finish).
    void apply(const ChartSpec &spec)
    {
        clear();
        setTitle(spec.title);
        setEmptyMessage(spec.emptyMessage);
        if (spec.emptyMessage.isEmpty()) {
            setAxes(spec.x, spec.y);
            for (const RegionSpec &r : spec.regions)
                addRegion(r);
            for (const BandSpec &b : spec.bands)
                addBand(b);
            for (const LineSpec &l : spec.lines)
                addLine(l);
            for (const MarkerSpec &m : spec.markers)
                addMarkerLine(m);
        }
        finish();
    }
};

/// The plotting backend in use (QtCharts). Everything outside its implementation file creates
/// adapters here, so swapping the backend touches only that file.
std::unique_ptr<ChartAdapter>
makeChartAdapter(ChartAdapter::Mode mode = ChartAdapter::Mode::Interactive);

} // namespace pb::ui
