// QtChartsAdapter's title, legend and on-chart labels: graphics items that are children of the
// QChart, so the widget and every export (scene rendering into PNG, SVG, PDF) show them.
#include "ui/legendpainter.h"
#include "ui/qtchartsadapter.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace pb::ui {

/// The chart's legend: LegendLayout painted in the scene.
class FigureLegendItem : public QGraphicsItem
{
public:
    using QGraphicsItem::QGraphicsItem;
    void setLegend(std::optional<LegendLayout> layout)
    {
        prepareGeometryChange();
        m_layout = std::move(layout);
        setVisible(m_layout && !m_layout->isEmpty());
    }
    const std::optional<LegendLayout> &legend() const { return m_layout; }
    QRectF boundingRect() const override
    {
        return m_layout ? QRectF(QPointF(0, 0), m_layout->size()) : QRectF();
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_layout)
            m_layout->paint(p, QPointF(0, 0));
    }

private:
    std::optional<LegendLayout> m_layout;
};

/// A text written on the chart, on a translucent white ground so grid lines do not cross it.
class FigureLabelItem : public QGraphicsItem
{
public:
    using QGraphicsItem::QGraphicsItem;
    void setText(const QString &text, const QFont &font, const QColor &color)
    {
        prepareGeometryChange();
        m_text = text;
        m_font = font;
        m_color = color;
    }
    QSizeF size() const
    {
        const QFontMetricsF fm(m_font);
        return {std::ceil(fm.horizontalAdvance(m_text)) + 4, std::ceil(fm.height()) + 2};
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), size()); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->fillRect(boundingRect(), QColor(255, 255, 255, 215));
        p->setFont(m_font);
        p->setPen(m_color);
        p->drawText(boundingRect(), Qt::AlignCenter, m_text);
    }
    QString text() const { return m_text; }
    QFont font() const { return m_font; }

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
};

namespace {

constexpr int kMargin = 6;

// Label text in the line's colour, darkened until it reads on white.
QColor textColor(QColor c)
{
    while (c.lightnessF() > 0.45)
        c = c.darker(125);
    return c;
}

// Where a label may go, best first: beside its anchor on the side that reads naturally, then
// the other sides and the other end of a vertical marker.
QList<QRectF> candidateRects(LabelPlace place, const QPointF &a, const QSizeF &s,
                             const QRectF &plot)
{
    const double gap = 3;
    const auto at = [&](double left, double top) { return QRectF(QPointF(left, top), s); };
    switch (place) {
    case LabelPlace::LineEnd: // above the end, ending at it; else below it, else left of it
        return {at(a.x() - gap - s.width(), a.y() - gap - s.height()),
                at(a.x() - gap - s.width(), a.y() + gap),
                at(a.x() - 2 * gap - s.width(), a.y() - s.height() / 2)};
    case LabelPlace::MarkerTop: // right of the line at the top, left of it, then at the bottom
        return {at(a.x() + gap, plot.top() + gap), at(a.x() - gap - s.width(), plot.top() + gap),
                at(a.x() + gap, plot.bottom() - gap - s.height()),
                at(a.x() - gap - s.width(), plot.bottom() - gap - s.height())};
    case LabelPlace::RegionTop: // inside the top right corner, else the bottom right one
        break;
    }
    return {at(a.x() - gap - s.width(), plot.top() + gap),
            at(a.x() - gap - s.width(), plot.bottom() - gap - s.height())};
}

// The first candidate that overlaps no label placed before it and covers the fewest data
// points; every candidate is moved inside the plot first.
QRectF bestLabelRect(QList<QRectF> candidates, const QRectF &plot, const QList<QRectF> &placed,
                     const QList<QPointF> &points)
{
    QRectF best;
    double bestScore = std::numeric_limits<double>::max();
    for (QRectF &r : candidates) {
        r.moveLeft(
            std::clamp(r.left(), plot.left(), std::max(plot.left(), plot.right() - r.width())));
        r.moveTop(
            std::clamp(r.top(), plot.top(), std::max(plot.top(), plot.bottom() - r.height())));
        double score = 0;
        for (const QRectF &o : placed)
            score += o.intersects(r) ? 1000 : 0;
        const QRectF padded = r.adjusted(-3, -3, 3, 3);
        for (const QPointF &p : points)
            score += padded.contains(p) ? 1 : 0;
        if (score < bestScore) {
            bestScore = score;
            best = r;
        }
    }
    return best;
}

} // namespace

void QtChartsAdapter::setTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
    updateTitle();
}

// The title, bold, over the subtitle in the base size; the subtitle wraps between its " · "
// parts so a narrow figure keeps all of its context instead of an elided end.
void QtChartsAdapter::updateTitle()
{
    const int px = m_fontPixels > 0 ? m_fontPixels : QFontInfo(QFont()).pixelSize();
    QFont font;
    font.setPixelSize(px);
    const QFontMetricsF fm(font);
    const double width = std::max(40.0, m_chart->size().width() - 24);
    QStringList lines;
    const QString sep = QStringLiteral(" · ");
    for (const QString &part : m_subtitle.split(sep, Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && fm.horizontalAdvance(lines.last() + sep + part) <= width)
            lines.last() += sep + part;
        else
            lines.append(part);
    }
    QString html = QStringLiteral("<center><b>") + m_title.toHtmlEscaped() + QStringLiteral("</b>");
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<br><span style=\"font-size:%1px\">%2</span>")
                    .arg(px)
                    .arg(line.toHtmlEscaped());
    html += QStringLiteral("</center>");
    if (m_chart->title() != html)
        m_chart->setTitle(html);
}

void QtChartsAdapter::createDecorations()
{
    m_legend = new FigureLegendItem(m_chart);
    m_legend->setZValue(1000);
    m_legend->setVisible(false);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { positionDecorations(); });
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] { relayout(); });
}

QFont QtChartsAdapter::decorationFont() const
{
    QFont f;
    if (m_fontPixels > 0)
        f.setPixelSize(m_fontPixels);
    return f;
}

// Right of the plot when the figure is wide and the legend narrow; otherwise below it, in as
// many columns as fit, so a narrow (8 cm) figure keeps its plot width.
void QtChartsAdapter::relayout()
{
    if (m_relayouting || !m_chart)
        return;
    m_relayouting = true;
    const QSizeF size = m_chart->size();
    updateTitle();
    LegendLayout legend(m_legendEntries, decorationFont());
    QMargins margins(kMargin, kMargin, kMargin, kMargin);
    m_layout.legendBelow = false;
    if (!legend.isEmpty()) {
        const QSizeF column = legend.arrange(size.width(), 1);
        const bool right = size.width() >= 1.45 * size.height() &&
                           column.width() <= 0.3 * size.width() &&
                           column.height() <= 0.85 * size.height();
        if (right) {
            margins.setRight(margins.right() + int(std::ceil(column.width())) + kMargin);
        } else {
            const QSizeF below = legend.arrange(size.width() - 2 * kMargin);
            margins.setBottom(margins.bottom() + int(std::ceil(below.height())));
            m_layout.legendBelow = true;
        }
        m_legend->setLegend(legend);
    } else {
        m_legend->setLegend(std::nullopt);
    }
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
    if (QGraphicsLayout *l = m_chart->layout())
        l->activate();
    m_relayouting = false;
    positionDecorations();
}

void QtChartsAdapter::positionDecorations()
{
    if (!m_chart)
        return;
    const QRectF plot = m_chart->plotArea();
    const QSizeF chart = m_chart->size();
    if (m_legend->legend()) {
        const QSizeF s = m_legend->legend()->size();
        if (m_layout.legendBelow)
            m_legend->setPos(std::clamp(plot.center().x() - s.width() / 2, double(kMargin),
                                        std::max(double(kMargin), chart.width() - s.width())),
                             chart.height() - s.height() - kMargin);
        else
            m_legend->setPos(chart.width() - s.width() - kMargin, plot.top());
    }
    while (m_labelItems.size() < m_labels.size())
        m_labelItems.append(new FigureLabelItem(m_chart));
    auto *xAxis = qobject_cast<QValueAxis *>(m_xCurrent);
    auto *yAxis = qobject_cast<QValueAxis *>(m_yCurrent);
    const auto toPixel = [&](const QPointF &v) {
        const QPointF t = toAxes(v);
        const double fx = xAxis && xAxis->max() > xAxis->min()
                              ? (t.x() - xAxis->min()) / (xAxis->max() - xAxis->min())
                              : 0;
        const double fy = yAxis && yAxis->max() > yAxis->min()
                              ? (t.y() - yAxis->min()) / (yAxis->max() - yAxis->min())
                              : 0;
        return QPointF(plot.left() + std::clamp(fx, 0.0, 1.0) * plot.width(),
                       plot.bottom() - std::clamp(fy, 0.0, 1.0) * plot.height());
    };
    // Data points in pixels: a label should cover as few of them as it can.
    QList<QPointF> dataPoints;
    for (const Entry &e : std::as_const(m_entries))
        if (e.key.startsWith(QLatin1String("points:")))
            for (const QPointF &p : e.points)
                dataPoints.append(toPixel(p));
    // Markers ("2 cores") first, then line ends ("ideal"), regions last: the less a label
    // says, the more it yields.
    QList<int> order;
    for (LabelPlace place : {LabelPlace::MarkerTop, LabelPlace::LineEnd, LabelPlace::RegionTop})
        for (int i = 0; i < m_labels.size(); ++i)
            if (m_labels[i].place == place)
                order.append(i);
    for (int i = int(m_labels.size()); i < m_labelItems.size(); ++i)
        m_labelItems[i]->setVisible(false);
    QList<QRectF> placed;
    for (int i : std::as_const(order)) {
        FigureLabelItem *item = m_labelItems[i];
        item->setVisible(true);
        const Label &label = m_labels[i];
        item->setText(label.text, decorationFont(), textColor(label.color));
        item->setZValue(900);
        const QRectF r =
            bestLabelRect(candidateRects(label.place, toPixel(label.anchor), item->size(), plot),
                          plot, placed, dataPoints);
        item->setPos(r.topLeft());
        placed.append(r);
    }
}

FigureLayout QtChartsAdapter::layoutInfo() const
{
    FigureLayout info;
    info.chart = QRectF(QPointF(0, 0), m_chart->size());
    info.plotArea = m_chart->plotArea();
    info.legendBelow = m_layout.legendBelow;
    if (const auto &legend = m_legend->legend(); legend && m_legend->isVisible()) {
        info.legend = QRectF(m_legend->pos(), legend->size());
        for (int i = 0; i < m_legendEntries.size(); ++i)
            info.legendTexts.append(legend->shownText(i));
    }
    for (int i = 0; i < m_labels.size() && i < m_labelItems.size(); ++i) {
        info.labels.append(m_labelItems[i]->text());
        info.labelRects.append(QRectF(m_labelItems[i]->pos(), m_labelItems[i]->size()));
    }
    if (auto *x = qobject_cast<QCategoryAxis *>(m_xCurrent))
        info.xTickLabels = x->categoriesLabels();
    if (auto *y = qobject_cast<QCategoryAxis *>(m_yCurrent))
        info.yTickLabels = y->categoriesLabels();
    info.smallestFontPixels = m_fontPixels;
    return info;
}

} // namespace pb::ui
