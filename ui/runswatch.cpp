#include "ui/runswatch.h"

#include "ui/chartstyle.h"
#include "ui/legendpainter.h"

#include <QPainter>
#include <QPixmap>

namespace pb::ui {

int runStyleRank(const QList<RunEntry> &runs, int id)
{
    const RunEntry *self = nullptr;
    for (const RunEntry &r : runs)
        if (r.id == id)
            self = &r;
    if (!self || !self->visible)
        return -1;
    const bool sweep = !self->result.config.chunkSweep.isEmpty();
    int rank = 0;
    for (const RunEntry &r : runs) {
        if (r.id == id)
            return rank;
        const bool sameKind = !r.result.config.chunkSweep.isEmpty() == sweep;
        if (r.visible && sameKind)
            ++rank;
    }
    return -1;
}

QIcon runSwatchIcon(int rank, const QSize &size)
{
    QPixmap pm(size * 2); // sharp on high-DPI screens
    pm.setDevicePixelRatio(2);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    LegendEntry e;
    e.kind = LegendEntry::Kind::Run;
    e.width = 1.6;
    if (rank < 0) {
        e.color = QColor(0xb0, 0xb0, 0xb0);
    } else {
        const RunStyle s = runStyle(rank);
        e.color = runSwatchColor();
        e.style = s.style;
        e.marker = s.marker;
    }
    paintSwatch(&p, QRectF(QPointF(1, 1), QSizeF(size) - QSizeF(2, 2)), e);
    return QIcon(pm);
}

QIcon seriesSwatchIcon(const QColor &color)
{
    QPixmap pm(24, 24);
    pm.setDevicePixelRatio(2);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pm);
}

} // namespace pb::ui
