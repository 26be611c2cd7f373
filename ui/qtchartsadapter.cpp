#include "ui/qtchartsadapter.h"

#include "ui/legendpainter.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace pb::ui {

namespace {

// QScatterSeries has no cross shape in Qt 6.4; a "light marker" image draws it.
QImage crossImage(const QColor &color, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    paintPointMarker(&p, QPointF(size / 2.0, size / 2.0), size * 0.7, PointMarker::Cross, color);
    return img;
}

QScatterSeries::MarkerShape shapeOf(PointMarker m)
{
    switch (m) {
    case PointMarker::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case PointMarker::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case PointMarker::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case PointMarker::None:
    case PointMarker::Circle:
    case PointMarker::Cross:
        break;
    }
    return QScatterSeries::MarkerShapeCircle;
}

} // namespace

QtChartsAdapter::QtChartsAdapter(Mode mode, QObject *parent) : QObject(parent), m_mode(mode)
{
    m_chart = new QChart;
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->hide(); // FigureLegendItem draws the legend (dash patterns, markers)
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_xValue = new QValueAxis;
    m_xCategory = new QCategoryAxis;
    m_yValue = new QValueAxis;
    m_yCategory = new QCategoryAxis;
    for (QCategoryAxis *a : {m_xCategory, m_yCategory})
        a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_xValue, Qt::AlignBottom);
    m_chart->addAxis(m_yValue, Qt::AlignLeft);
    m_xCurrent = m_xValue;
    m_yCurrent = m_yValue;
    createDecorations();

    if (mode == Mode::Offscreen) {
        m_scene = new QGraphicsScene(this);
        m_scene->addItem(m_chart);
        return;
    }
    m_stack = new QStackedWidget;
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_emptyLabel = new QLabel;
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("font-size: 15px; color: #555;"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);
}

QtChartsAdapter::~QtChartsAdapter()
{
    // Axes not attached to the chart are not owned by it.
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(m_xValue), static_cast<QAbstractAxis *>(m_xCategory),
          static_cast<QAbstractAxis *>(m_yValue), static_cast<QAbstractAxis *>(m_yCategory)})
        if (m_chart && !m_chart->axes().contains(a))
            delete a;
    if (m_stack && !m_stack->parent())
        delete m_stack;
    if (m_scene && m_chart) {
        m_scene->removeItem(m_chart);
        delete m_chart;
    }
}

void QtChartsAdapter::setFontPixelSize(int basePixels)
{
    m_fontPixels = basePixels;
    applyFonts();
}

void QtChartsAdapter::applyFonts()
{
    if (m_fontPixels <= 0)
        return;
    QFont base;
    base.setPixelSize(m_fontPixels);
    QFont title = base;
    title.setPixelSize(m_fontPixels * 5 / 4);
    m_chart->setTitleFont(title);
    QFont axisTitle = base;
    axisTitle.setBold(true);
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(m_xValue), static_cast<QAbstractAxis *>(m_xCategory),
          static_cast<QAbstractAxis *>(m_yValue), static_cast<QAbstractAxis *>(m_yCategory)}) {
        a->setLabelsFont(base);
        a->setTitleFont(axisTitle);
    }
}

void QtChartsAdapter::clear()
{
    if (m_view)
        m_view->setUpdatesEnabled(false);
    for (const Entry &e : std::as_const(m_entries))
        m_stale.insert(e.key, e.series);
    m_entries.clear();
    m_labels.clear();
}

QAbstractSeries *QtChartsAdapter::reuse(const QString &key, int seriesType)
{
    for (auto it = m_stale.find(key); it != m_stale.end() && it.key() == key; ++it) {
        if ((*it)->type() == seriesType) {
            QAbstractSeries *s = *it;
            m_stale.erase(it);
            return s;
        }
    }
    return nullptr;
}

void QtChartsAdapter::keep(Entry entry)
{
    QAbstractSeries *series = entry.series;
    if (!m_chart->series().contains(series))
        m_chart->addSeries(series);
    if (!series->attachedAxes().contains(m_xCurrent))
        series->attachAxis(m_xCurrent);
    if (!series->attachedAxes().contains(m_yCurrent))
        series->attachAxis(m_yCurrent);
    m_entries.append(std::move(entry));
}

QXYSeries *QtChartsAdapter::xySeries(const QString &key, bool scatter)
{
    const int type = scatter ? QAbstractSeries::SeriesTypeScatter : QAbstractSeries::SeriesTypeLine;
    auto *series = static_cast<QXYSeries *>(reuse(key, type));
    if (!series) {
        series = scatter ? static_cast<QXYSeries *>(new QScatterSeries)
                         : static_cast<QXYSeries *>(new QLineSeries);
        connect(series, &QXYSeries::hovered, this,
                [this, series](const QPointF &p, bool state) { showTooltip(series, p, state); });
    }
    return series;
}

// Point markers are a scatter series over the line: QtCharts draws them as vector shapes
// (circle, square, triangle, diamond), so they stay sharp in SVG and PDF.
void QtChartsAdapter::addPoints(const LineSpec &line)
{
    auto *sc = static_cast<QScatterSeries *>(xySeries(QStringLiteral("points:") + line.name, true));
    sc->setName(line.name);
    const double size = markerSize(line.width * lineScale());
    sc->setMarkerSize(line.marker == PointMarker::Cross ? size * 1.6 : size);
    sc->setMarkerShape(shapeOf(line.marker));
    if (line.marker == PointMarker::Cross)
        sc->setLightMarker(crossImage(line.color, 48));
    else
        sc->setLightMarker(QImage());
    sc->setColor(line.color);
    sc->setBorderColor(line.color);
    sc->replace(toAxes(line.points));
    m_tooltips.insert(sc, line.tooltips);
    keep({QStringLiteral("points:") + line.name, sc, line.points, {}, false});
}

void QtChartsAdapter::addLine(const LineSpec &line)
{
    if (line.style != LineStyle::PointsOnly) {
        auto *series = xySeries(QStringLiteral("line:") + line.name, false);
        series->setName(line.name);
        series->setPen(linePen(line.color, line.width * lineScale(), line.style));
        series->setPointsVisible(false);
        series->replace(toAxes(line.points));
        m_tooltips.insert(series, line.tooltips);
        keep({QStringLiteral("line:") + line.name, series, line.points, {}, true});
    }
    if (line.marker != PointMarker::None)
        addPoints(line);
    if (line.style == LineStyle::PointsOnly && line.marker != PointMarker::None)
        m_entries.last().reported = true; // a scatter is the line itself
    if (line.role == SeriesRole::Reference && !line.label.isEmpty() && !line.points.isEmpty())
        m_labels.append({line.label, line.points.last(), LabelPlace::LineEnd, line.color});
}

QAreaSeries *QtChartsAdapter::area(const QString &key, const QString &name,
                                   const QList<QPointF> &lower, const QList<QPointF> &upper)
{
    auto *s = static_cast<QAreaSeries *>(reuse(key, QAbstractSeries::SeriesTypeArea));
    if (!s) {
        auto *up = new QLineSeries;
        auto *low = new QLineSeries;
        s = new QAreaSeries(up, low);
        up->setParent(s);
        low->setParent(s);
    }
    s->setName(name);
    s->upperSeries()->replace(toAxes(upper));
    s->lowerSeries()->replace(toAxes(lower));
    keep({key, s, lower, upper, true});
    return s;
}

void QtChartsAdapter::addBand(const BandSpec &band)
{
    QAreaSeries *s = area(QStringLiteral("band:") + band.name, band.name, band.lower, band.upper);
    QColor fill = band.color;
    if (fill.alpha() == 255)
        fill.setAlpha(60);
    s->setBrush(fill);
    QColor edge = band.color;
    edge.setAlpha(std::min(255, fill.alpha() * 2));
    s->setPen(QPen(edge, 0.8));
}

void QtChartsAdapter::addRegion(const RegionSpec &region)
{
    const QList<QPointF> low{{region.xFrom, region.yFrom}, {region.xTo, region.yFrom}};
    const QList<QPointF> up{{region.xFrom, region.yTo}, {region.xTo, region.yTo}};
    QAreaSeries *s = area(QStringLiteral("region:") + region.name, region.name, low, up);
    s->setBrush(region.color);
    s->setPen(Qt::NoPen);
    if (!region.label.isEmpty())
        m_labels.append({region.label, QPointF(region.xTo, region.yTo), LabelPlace::RegionTop,
                         QColor(0xa0, 0x30, 0x30)});
}

void QtChartsAdapter::addMarkerLine(const MarkerSpec &marker)
{
    LineSpec line;
    line.name = marker.name;
    line.points = {{marker.x, marker.yFrom}, {marker.x, marker.yTo}};
    line.color = marker.color;
    line.style = marker.style;
    line.width = 1.5;
    line.role = SeriesRole::Reference;
    addLine(line);
    const QString text = marker.label.isEmpty() ? marker.name : marker.label;
    m_labels.append({text, QPointF(marker.x, marker.yTo), LabelPlace::MarkerTop, marker.color});
}

void QtChartsAdapter::setLegend(const QList<LegendEntry> &entries)
{
    m_legendEntries = entries;
    for (LegendEntry &e : m_legendEntries)
        e.width *= lineScale();
}

// Large type (slides) gets proportionally heavier lines, so lines do not look hairline next
// to 16 pt text; report sizes (8–10 pt) keep the widths of the spec.
double QtChartsAdapter::lineScale() const
{
    return m_fontPixels > 0 ? std::max(1.0, m_fontPixels / 14.0) : 1.0;
}

void QtChartsAdapter::setEmptyMessage(const QString &text)
{
    m_emptyMessage = text;
    if (m_stack) {
        m_emptyLabel->setText(text);
        m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
    }
}

void QtChartsAdapter::finish()
{
    for (QAbstractSeries *s : std::as_const(m_stale)) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            m_tooltips.remove(xy);
        m_chart->removeSeries(s);
        delete s;
    }
    m_stale.clear();
    applyFonts();
    relayout();
    if (m_view)
        m_view->setUpdatesEnabled(true);
}

void QtChartsAdapter::showTooltip(QXYSeries *series, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QStringList tips = m_tooltips.value(series);
    const QList<QPointF> pts = series->points();
    qsizetype best = -1;
    double bestDist = std::numeric_limits<double>::max();
    const QPointF b = m_chart->mapToPosition(point, series);
    for (qsizetype i = 0; i < pts.size(); ++i) {
        const QPointF a = m_chart->mapToPosition(pts[i], series);
        const double d = std::hypot(a.x() - b.x(), a.y() - b.y());
        if (d < bestDist) {
            bestDist = d;
            best = i;
        }
    }
    if (best >= 0 && best < tips.size())
        QToolTip::showText(QCursor::pos(), tips[best], m_view);
}

void QtChartsAdapter::renderMessage(QPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, Qt::white);
    QFont f = painter->font();
    const int px = m_fontPixels > 0 ? m_fontPixels : int(std::max(12.0, rect.height() / 40));
    f.setPixelSize(px * 5 / 4);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(Qt::black);
    const QRectF titleRect(rect.left(), rect.top() + px, rect.width(), px * 3);
    painter->drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_title);
    f.setBold(false);
    f.setPixelSize(px);
    painter->setFont(f);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
}

void QtChartsAdapter::render(QPainter *painter, const QRectF &rect)
{
    if (!m_emptyMessage.isEmpty()) {
        renderMessage(painter, rect);
        return;
    }
    // Lay the chart out at the target size, paint it, then give the widget its geometry back.
    const QRectF old = m_chart->geometry();
    m_chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    relayout();
    QGraphicsScene *scene = m_chart->scene();
    painter->fillRect(rect, Qt::white);
    scene->render(painter, rect, QRectF(QPointF(0, 0), rect.size()), Qt::IgnoreAspectRatio);
    if (m_mode == Mode::Interactive) {
        m_chart->setGeometry(old);
        relayout();
    }
}

QWidget *QtChartsAdapter::widget()
{
    return m_stack;
}

QList<QPair<QString, QList<QPointF>>> QtChartsAdapter::seriesData() const
{
    QList<QPair<QString, QList<QPointF>>> out;
    for (const Entry &e : m_entries) {
        if (!e.reported)
            continue;
        if (auto *a = qobject_cast<QAreaSeries *>(e.series)) {
            out.append({a->name() + QStringLiteral(" (low)"), e.points});
            out.append({a->name() + QStringLiteral(" (high)"), e.upper});
        } else {
            out.append({e.series->name(), e.points});
        }
    }
    return out;
}

std::unique_ptr<ChartAdapter> makeChartAdapter(ChartAdapter::Mode mode)
{
    return std::make_unique<QtChartsAdapter>(mode);
}

} // namespace pb::ui
