#include "ui/legendpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pb::ui {

namespace {

Qt::PenStyle qtStyle(LineStyle s)
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

constexpr double kPadding = 4;

} // namespace

QPen linePen(const QColor &color, double width, LineStyle style)
{
    QPen pen(color, width, qtStyle(style));
    // Round caps turn the dots of a dotted line into visible dots, not slivers.
    pen.setCapStyle(style == LineStyle::Dotted ? Qt::RoundCap : Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

double markerSize(double width)
{
    return std::max(6.0, width * 3.25);
}

void paintPointMarker(QPainter *p, const QPointF &c, double size, PointMarker marker,
                      const QColor &color)
{
    if (marker == PointMarker::None)
        return;
    const double r = size / 2;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (marker == PointMarker::Cross) {
        p->setPen(QPen(color, std::max(1.5, size / 5), Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        p->drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        p->restore();
        return;
    }
    p->setPen(QPen(color, 0.8));
    p->setBrush(color);
    QPainterPath path;
    switch (marker) {
    case PointMarker::Circle:
        path.addEllipse(c, r, r);
        break;
    case PointMarker::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case PointMarker::Triangle:
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y() + r * 0.8);
        path.lineTo(c.x() - r, c.y() + r * 0.8);
        path.closeSubpath();
        break;
    case PointMarker::Diamond:
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y());
        path.lineTo(c.x(), c.y() + r);
        path.lineTo(c.x() - r, c.y());
        path.closeSubpath();
        break;
    case PointMarker::None:
    case PointMarker::Cross:
        break;
    }
    p->drawPath(path);
    p->restore();
}

void paintSwatch(QPainter *p, const QRectF &rect, const LegendEntry &e)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double y = rect.center().y();
    if (e.band) {
        QColor fill = e.color;
        fill.setAlpha(70);
        p->fillRect(QRectF(rect.left(), y - rect.height() * 0.3, rect.width(), rect.height() * 0.6),
                    fill);
    }
    if (e.style != LineStyle::PointsOnly && !e.band) {
        p->setPen(linePen(e.color, e.width, e.style));
        p->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    paintPointMarker(p, rect.center(), markerSize(e.width), e.marker, e.color);
    p->restore();
}

LegendLayout::LegendLayout(const QList<LegendEntry> &entries, const QFont &font)
    : m_entries(entries), m_font(font)
{
    const QFontMetricsF fm(m_font);
    m_em = fm.height();
    m_rowHeight = std::ceil(m_em * 1.2);
}

double LegendLayout::swatchWidth() const
{
    // Long enough for a whole dash-dot-dot cycle (12 line widths) of the widest line.
    double widest = 2;
    for (const LegendEntry &e : m_entries)
        widest = std::max(widest, e.width);
    return std::max(m_em * 1.9, widest * 12.5);
}

double LegendLayout::textWidth(int i) const
{
    const double natural = std::ceil(QFontMetricsF(m_font).horizontalAdvance(m_entries[i].text));
    return m_maxTextWidth > 0 ? std::min(natural, m_maxTextWidth) : natural;
}

QSizeF LegendLayout::arrange(double maxWidth, int maxColumns)
{
    m_cells.clear();
    m_cellWidths.clear();
    const qsizetype n = m_entries.size();
    if (n == 0)
        return m_size = QSizeF();
    const double gap = m_em * 0.4, colGap = m_em * 0.8;
    const double inner = std::max(1.0, maxWidth - 2 * kPadding);
    m_maxTextWidth = std::max(m_em * 3, inner - swatchWidth() - gap);
    double y = kPadding, width = 0;
    for (qsizetype begin = 0; begin < n;) {
        qsizetype end = begin;
        double cell = 0;
        while (end < n && m_entries[end].kind == m_entries[begin].kind)
            cell = std::max(cell, swatchWidth() + gap + textWidth(int(end++)));
        const qsizetype count = end - begin;
        qsizetype columns = std::max<qsizetype>(1, qsizetype((inner + colGap) / (cell + colGap)));
        if (maxColumns > 0)
            columns = std::min<qsizetype>(columns, maxColumns);
        columns = std::min(columns, count);
        const qsizetype rows = (count + columns - 1) / columns;
        columns = (count + rows - 1) / rows; // 5 in 3 columns: 3 + 2, not 3 + 2 + 0
        for (qsizetype i = 0; i < count; ++i) {
            m_cells.append(QPointF(kPadding + double(i % columns) * (cell + colGap),
                                   y + double(i / columns) * m_rowHeight));
            m_cellWidths.append(cell);
        }
        y += double(rows) * m_rowHeight;
        width = std::max(width, double(columns) * cell + double(columns - 1) * colGap);
        begin = end;
    }
    return m_size = QSizeF(width + 2 * kPadding, y + kPadding);
}

QString LegendLayout::shownText(int i) const
{
    const QString &text = m_entries.at(i).text;
    if (m_maxTextWidth <= 0)
        return text;
    return QFontMetricsF(m_font).elidedText(text, Qt::ElideMiddle, m_maxTextWidth + 0.5);
}

void LegendLayout::paint(QPainter *p, const QPointF &topLeft) const
{
    const double swatch = swatchWidth();
    const double gap = m_em * 0.4;
    p->save();
    p->setFont(m_font);
    for (int i = 0; i < m_entries.size() && i < m_cells.size(); ++i) {
        const QPointF cell = topLeft + m_cells[i];
        const QRectF swatchRect(cell.x(), cell.y() + m_rowHeight * 0.15, swatch, m_rowHeight * 0.7);
        paintSwatch(p, swatchRect, m_entries[i]);
        p->setPen(QColor(0x20, 0x20, 0x20));
        const QRectF textRect(cell.x() + swatch + gap, cell.y(), m_cellWidths[i] - swatch - gap,
                              m_rowHeight);
        p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shownText(i));
    }
    p->restore();
}

} // namespace pb::ui
