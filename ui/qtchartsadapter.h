#pragma once

#include "ui/chartadapter.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsScene;
class QLabel;
class QStackedWidget;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace pb::ui {

class FigureLegendItem;
class FigureLabelItem;

/// Where an on-chart label goes relative to its anchor (in data coordinates).
enum class LabelPlace {
    LineEnd,   ///< above the end of a reference line, ending at it
    MarkerTop, ///< right of a vertical marker, just below the plot's top
    RegionTop, ///< inside a region's top right corner
};

/// ChartAdapter on QtCharts: the only place that includes QtCharts headers.
/// QtCharts' own legend cannot show dash patterns or marker shapes and its log axis labels
/// only powers, so the legend is a graphics item painted by LegendLayout, reference lines are
/// labelled by text items, and explicit ticks use a QCategoryAxis over log-transformed values.
class QtChartsAdapter : public QObject, public ChartAdapter
{
    Q_OBJECT
public:
    explicit QtChartsAdapter(Mode mode = Mode::Interactive, QObject *parent = nullptr);
    ~QtChartsAdapter() override;

    void setFontPixelSize(int basePixels) override;

    void clear() override;
    void setTitle(const QString &title, const QString &subtitle) override;
    void setAxes(const AxisSpec &x, const AxisSpec &y) override;
    void addLine(const LineSpec &line) override;
    void addBand(const BandSpec &band) override;
    void addMarkerLine(const MarkerSpec &marker) override;
    void addRegion(const RegionSpec &region) override;
    void setLegend(const QList<LegendEntry> &entries) override;
    void setEmptyMessage(const QString &text) override;
    void finish() override;
    void render(QPainter *painter, const QRectF &rect) override;
    QWidget *widget() override;
    QList<QPair<QString, QList<QPointF>>> seriesData() const override;
    FigureLayout layoutInfo() const override;

private:
    struct Entry
    {
        QString key;
        QAbstractSeries *series = nullptr;
        QList<QPointF> points; ///< as given (before the axis transform); bands: lower
        QList<QPointF> upper;  ///< bands only
        bool reported = true;  ///< listed by seriesData() (marker overlays are not)
    };
    /// A label written on the chart next to a reference line, a marker or a region.
    struct Label
    {
        QString text;
        QPointF anchor;
        LabelPlace place = LabelPlace::LineEnd;
        QColor color;
    };
    QAbstractSeries *reuse(const QString &key, int seriesType);
    void keep(Entry entry);
    QAreaSeries *area(const QString &key, const QString &name, const QList<QPointF> &lower,
                      const QList<QPointF> &upper);
    QXYSeries *xySeries(const QString &key, bool scatter);
    void addPoints(const LineSpec &line);
    void showTooltip(QXYSeries *series, const QPointF &point, bool entered);
    void applyFonts();
    void updateTitle();
    double lineScale() const;
    void renderMessage(QPainter *painter, const QRectF &rect) const;
    // qtchartsaxes.cpp: the data → axis transform of log scales and the axes themselves.
    QPointF toAxes(const QPointF &p) const;
    QList<QPointF> toAxes(const QList<QPointF> &points) const;
    QAbstractAxis *configureAxis(const AxisSpec &spec, bool horizontal);
    void swapAxis(QAbstractAxis *&current, QAbstractAxis *wanted, Qt::Alignment side);
    // qtchartsdecor.cpp: legend and on-chart labels.
    void createDecorations();
    void relayout();
    void positionDecorations();
    QFont decorationFont() const;

    Mode m_mode;
    QPointer<QChart> m_chart;
    QChartView *m_view = nullptr;      // Interactive only; owned by m_stack
    QGraphicsScene *m_scene = nullptr; // Offscreen only; owned by this
    QPointer<QStackedWidget> m_stack;  // Interactive only
    QLabel *m_emptyLabel = nullptr;
    QValueAxis *m_xValue = nullptr;
    QCategoryAxis *m_xCategory = nullptr;
    QValueAxis *m_yValue = nullptr;
    QCategoryAxis *m_yCategory = nullptr;
    QAbstractAxis *m_xCurrent = nullptr;
    QAbstractAxis *m_yCurrent = nullptr;
    AxisScale m_xScale = AxisScale::Linear;
    AxisScale m_yScale = AxisScale::Linear;
    QList<Entry> m_entries;
    QMultiHash<QString, QAbstractSeries *> m_stale;
    QHash<QXYSeries *, QStringList> m_tooltips;
    QList<LegendEntry> m_legendEntries;
    QList<Label> m_labels;
    FigureLegendItem *m_legend = nullptr;  // child of m_chart
    QList<FigureLabelItem *> m_labelItems; // children of m_chart
    FigureLayout m_layout;
    QString m_title;
    QString m_subtitle;
    QString m_emptyMessage;
    int m_fontPixels = 0;
    bool m_relayouting = false;
};

} // namespace pb::ui
