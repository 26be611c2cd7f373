#include "ui/qtchartsadapter.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace pb::ui {

namespace {

Qt::PenStyle penStyle(LineStyle s)
{
    switch (s) {
    case LineStyle::Solid:
        return Qt::SolidLine;
    case LineStyle::Dashed:
        return Qt::DashLine;
    case LineStyle::Dotted:
        return Qt::DotLine;
    case LineStyle::DashDot:
        return Qt::DashDotLine;
    case LineStyle::DashDotDot:
        return Qt::DashDotDotLine;
    case LineStyle::PointsOnly:
        return Qt::NoPen;
    }
    return Qt::SolidLine;
}

// QScatterSeries has no cross shape in Qt 6.4; a "light marker" image draws any shape.
QImage crossImage(const QColor &color, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, std::max(2, size / 5), Qt::SolidLine, Qt::RoundCap));
    const int m = size / 6;
    p.drawLine(m, m, size - m, size - m);
    p.drawLine(m, size - m, size - m, m);
    return img;
}

} // namespace

QtChartsAdapter::QtChartsAdapter(Mode mode, QObject *parent) : QObject(parent), m_mode(mode)
{
    m_chart = new QChart;
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_xLinear = new QValueAxis;
    m_xLog = new QLogValueAxis;
    m_xLog->setBase(2);
    m_xLog->setLabelFormat(QStringLiteral("%g"));
    m_xLog->setMinorTickCount(0);
    m_y = new QValueAxis;
    m_chart->addAxis(m_xLinear, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_xCurrent = m_xLinear;

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
    // The axis not attached to the chart is not owned by it.
    QAbstractAxis *detached = m_xCurrent == m_xLinear ? static_cast<QAbstractAxis *>(m_xLog)
                                                      : static_cast<QAbstractAxis *>(m_xLinear);
    if (m_chart && !m_chart->axes().contains(detached))
        delete detached;
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
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(base);
    QFont axisTitle = base;
    axisTitle.setBold(true);
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(m_xLinear), static_cast<QAbstractAxis *>(m_xLog),
          static_cast<QAbstractAxis *>(m_y)}) {
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
}

void QtChartsAdapter::setTitle(const QString &title)
{
    m_title = title;
    m_chart->setTitle(title);
}

void QtChartsAdapter::setAxes(const AxisSpec &x, const AxisSpec &y)
{
    QAbstractAxis *wanted =
        x.log2 ? static_cast<QAbstractAxis *>(m_xLog) : static_cast<QAbstractAxis *>(m_xLinear);
    if (wanted != m_xCurrent) {
        m_chart->removeAxis(m_xCurrent); // detaches its series; they are re-attached in keep()
        m_chart->addAxis(wanted, Qt::AlignBottom);
        m_xCurrent = wanted;
    }
    if (x.log2) {
        // One label per power of two crowds wide ranges (chunk sizes 1..1M) into truncated
        // "10..." labels: step by 4 or 16 instead, and print whole numbers, not 1.04858e+06.
        const double powers = std::log2(std::max(x.max / std::max(x.min, 1e-9), 1.0));
        m_xLog->setBase(powers > 24 ? 16 : powers > 11 ? 4 : 2);
        m_xLog->setLabelFormat(QStringLiteral("%.0f"));
        m_xLog->setRange(x.min, x.max);
        m_xLog->setTitleText(x.title);
    } else {
        m_xLinear->setRange(x.min, x.max);
        m_xLinear->setTitleText(x.title);
        m_xLinear->setLabelFormat(x.integerTicks ? QStringLiteral("%.0f") : x.labelFormat);
        if (x.integerTicks) {
            m_xLinear->setTickType(QValueAxis::TicksDynamic);
            m_xLinear->setTickAnchor(0);
            m_xLinear->setTickInterval(std::max(1.0, std::ceil((x.max - x.min) / 10.0)));
        } else {
            m_xLinear->setTickType(QValueAxis::TicksFixed);
        }
    }
    m_y->setRange(y.min, y.max);
    m_y->setTitleText(y.title);
    m_y->setLabelFormat(y.labelFormat);
    // The builder picks the range; nice-number rounding here would move markers off the ends.
    m_y->setTickType(y.tickInterval > 0 ? QValueAxis::TicksDynamic : QValueAxis::TicksFixed);
    if (y.tickInterval > 0) {
        m_y->setTickAnchor(0);
        m_y->setTickInterval(y.tickInterval);
    }
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

void QtChartsAdapter::keep(const QString &key, QAbstractSeries *series, bool inLegend)
{
    if (!m_chart->series().contains(series))
        m_chart->addSeries(series);
    if (!series->attachedAxes().contains(m_xCurrent))
        series->attachAxis(m_xCurrent);
    if (!series->attachedAxes().contains(m_y))
        series->attachAxis(m_y);
    for (QLegendMarker *m : m_chart->legend()->markers(series))
        m->setVisible(inLegend && !series->name().isEmpty());
    m_entries.append({key, series});
}

void QtChartsAdapter::addLine(const LineSpec &line)
{
    const bool scatter = line.style == LineStyle::PointsOnly;
    const QString key = QStringLiteral("line:") + line.name;
    const int type = scatter ? QAbstractSeries::SeriesTypeScatter : QAbstractSeries::SeriesTypeLine;
    auto *series = static_cast<QXYSeries *>(reuse(key, type));
    if (!series) {
        series = scatter ? static_cast<QXYSeries *>(new QScatterSeries)
                         : static_cast<QXYSeries *>(new QLineSeries);
        connect(series, &QXYSeries::hovered, this,
                [this, series](const QPointF &p, bool state) { showTooltip(series, p, state); });
    }
    series->setName(line.name);
    if (scatter) {
        auto *sc = static_cast<QScatterSeries *>(series);
        sc->setMarkerSize(14);
        sc->setBorderColor(Qt::transparent);
        if (line.marker == PointMarker::Cross)
            sc->setLightMarker(crossImage(line.color, 28));
        sc->setColor(line.color);
    } else {
        QPen pen(line.color, line.width, penStyle(line.style));
        pen.setCapStyle(Qt::RoundCap);
        series->setPen(pen);
        series->setPointsVisible(line.marker == PointMarker::Circle);
        series->setMarkerSize(line.width * 3.5);
    }
    series->replace(line.points);
    m_tooltips.insert(series, line.tooltips);
    keep(key, series, line.inLegend);
}

QAreaSeries *QtChartsAdapter::area(const QString &key, const QString &name,
                                   const QList<QPointF> &lower, const QList<QPointF> &upper,
                                   bool inLegend)
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
    s->upperSeries()->replace(upper);
    s->lowerSeries()->replace(lower);
    keep(key, s, inLegend);
    return s;
}

void QtChartsAdapter::addBand(const BandSpec &band)
{
    QAreaSeries *s =
        area(QStringLiteral("band:") + band.name, band.name, band.lower, band.upper, band.inLegend);
    QColor fill = band.color;
    fill.setAlpha(60);
    s->setBrush(fill);
    QColor edge = band.color;
    edge.setAlpha(110);
    s->setPen(QPen(edge, 0.8));
}

void QtChartsAdapter::addRegion(const RegionSpec &region)
{
    const QList<QPointF> low{{region.xFrom, region.yFrom}, {region.xTo, region.yFrom}};
    const QList<QPointF> up{{region.xFrom, region.yTo}, {region.xTo, region.yTo}};
    QAreaSeries *s = area(QStringLiteral("region:") + region.name, region.name, low, up, true);
    s->setBrush(region.color);
    s->setPen(Qt::NoPen);
}

void QtChartsAdapter::addMarkerLine(const MarkerSpec &marker)
{
    LineSpec line;
    line.name = marker.name;
    line.points = {{marker.x, marker.yFrom}, {marker.x, marker.yTo}};
    line.color = marker.color;
    line.style = LineStyle::DashDot;
    line.width = 1.5;
    addLine(line);
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
    for (qsizetype i = 0; i < pts.size(); ++i) {
        const QPointF a = m_chart->mapToPosition(pts[i], series);
        const QPointF b = m_chart->mapToPosition(point, series);
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
    QGraphicsScene *scene = m_chart->scene();
    painter->fillRect(rect, Qt::white);
    scene->render(painter, rect, QRectF(QPointF(0, 0), rect.size()), Qt::IgnoreAspectRatio);
    if (m_mode == Mode::Interactive)
        m_chart->setGeometry(old);
}

QWidget *QtChartsAdapter::widget()
{
    return m_stack;
}

QList<QPair<QString, QList<QPointF>>> QtChartsAdapter::seriesData() const
{
    QList<QPair<QString, QList<QPointF>>> out;
    for (const Entry &e : m_entries) {
        if (auto *a = qobject_cast<QAreaSeries *>(e.series)) {
            out.append({a->name() + QStringLiteral(" (low)"), a->lowerSeries()->points()});
            out.append({a->name() + QStringLiteral(" (high)"), a->upperSeries()->points()});
        } else if (auto *xy = qobject_cast<QXYSeries *>(e.series)) {
            out.append({xy->name(), xy->points()});
        }
    }
    return out;
}

std::unique_ptr<ChartAdapter> makeChartAdapter(ChartAdapter::Mode mode)
{
    return std::make_unique<QtChartsAdapter>(mode);
}

} // namespace pb::ui
