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
class QChart;
class QChartView;
class QGraphicsScene;
class QLabel;
class QLogValueAxis;
class QStackedWidget;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace pb::ui {

/// ChartAdapter on QtCharts: the only place that includes QtCharts headers.
class QtChartsAdapter : public QObject, public ChartAdapter
{
    Q_OBJECT
public:
    explicit QtChartsAdapter(Mode mode = Mode::Interactive, QObject *parent = nullptr);
    ~QtChartsAdapter() override;

    void setFontPixelSize(int basePixels) override;

    void clear() override;
    void setTitle(const QString &title) override;
    void setAxes(const AxisSpec &x, const AxisSpec &y) override;
    void addLine(const LineSpec &line) override;
    void addBand(const BandSpec &band) override;
    void addMarkerLine(const MarkerSpec &marker) override;
    void addRegion(const RegionSpec &region) override;
    void setEmptyMessage(const QString &text) override;
    void finish() override;
    void render(QPainter *painter, const QRectF &rect) override;
    QWidget *widget() override;
    QList<QPair<QString, QList<QPointF>>> seriesData() const override;

private:
    struct Entry
    {
        QString key;
        QAbstractSeries *series = nullptr;
    };
    QAbstractSeries *reuse(const QString &key, int seriesType);
    void keep(const QString &key, QAbstractSeries *series, bool inLegend);
    QAreaSeries *area(const QString &key, const QString &name, const QList<QPointF> &lower,
                      const QList<QPointF> &upper, bool inLegend);
    void showTooltip(QXYSeries *series, const QPointF &point, bool entered);
    void applyFonts();
    void renderMessage(QPainter *painter, const QRectF &rect) const;

    Mode m_mode;
    QPointer<QChart> m_chart;
    QChartView *m_view = nullptr;      // Interactive only; owned by m_stack
    QGraphicsScene *m_scene = nullptr; // Offscreen only; owned by this
    QPointer<QStackedWidget> m_stack;  // Interactive only
    QLabel *m_emptyLabel = nullptr;
    QValueAxis *m_xLinear = nullptr;
    QLogValueAxis *m_xLog = nullptr;
    QValueAxis *m_y = nullptr;
    QAbstractAxis *m_xCurrent = nullptr;
    QList<Entry> m_entries;
    QMultiHash<QString, QAbstractSeries *> m_stale;
    QHash<QXYSeries *, QStringList> m_tooltips;
    QString m_title;
    QString m_emptyMessage;
    int m_fontPixels = 0;
};

} // namespace pb::ui
