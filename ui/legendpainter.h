#pragma once

#include "ui/chartspec.h"

#include <QFont>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace pb::ui {

// Legends and swatches painted with plain QPainter calls, so the chart widget, every export
// format (PNG, SVG, PDF: vector lines and text) and the run list draw the same swatches: the
// line in its dash pattern, its point marker, a shaded band.

/// The pen of a line of `width` layout pixels in `style` (PointsOnly: no pen).
QPen linePen(const QColor &color, double width, LineStyle style);
/// A point marker of `size` (diameter) centred at `centre`; None paints nothing.
void paintPointMarker(QPainter *p, const QPointF &centre, double size, PointMarker marker,
                      const QColor &color);
/// The marker diameter drawn with a line of `width`.
double markerSize(double width);
/// One swatch filling `rect`: band, line and marker as the entry says.
void paintSwatch(QPainter *p, const QRectF &rect, const LegendEntry &entry);

/// Lays out legend entries and paints them. Each group of entries (series, runs, notes) starts
/// a new row and is a grid of equal cells, as many per row as fit the width; a text longer
/// than a whole row is elided in the middle.
class LegendLayout
{
public:
    LegendLayout(const QList<LegendEntry> &entries, const QFont &font);

    /// Arranges within maxWidth, at most maxColumns cells per row (0 = as many as fit);
    /// returns the size.
    QSizeF arrange(double maxWidth, int maxColumns = 0);
    QSizeF size() const { return m_size; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void paint(QPainter *p, const QPointF &topLeft) const;
    /// The text shown for entry i (elided when too long).
    QString shownText(int i) const;

private:
    double swatchWidth() const;
    double textWidth(int i) const;

    QList<LegendEntry> m_entries;
    QFont m_font;
    double m_em = 0;
    double m_rowHeight = 0;
    double m_maxTextWidth = 0; ///< 0 = no elision
    QList<QPointF> m_cells;    ///< top left of each entry's cell
    QList<double> m_cellWidths;
    QSizeF m_size;
};

} // namespace pb::ui
