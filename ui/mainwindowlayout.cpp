// MainWindow: fitting the side panels to the window (small windows, QT_SCALE_FACTOR, layouts
// saved on another screen).
#include "ui/mainwindow.h"

#include "ui/chartpanel.h"

#include <QDockWidget>

#include <algorithm>
#include <numeric>

namespace pb::ui {

namespace {

/// The docks beside the centre (not floating, not hidden), with their current widths.
QList<QDockWidget *> sideDocks(const QMainWindow *window)
{
    QList<QDockWidget *> docks;
    for (QDockWidget *d : window->findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = window->dockWidgetArea(d);
        if (!d->isFloating() && !d->isHidden() &&
            (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
            docks << d;
    }
    return docks;
}

/// A dock's share of the window: the experiment panel may take more than the run list.
double maxShare(const QDockWidget *dock)
{
    return dock->objectName() == QLatin1String("configDock") ? 0.32 : 0.24;
}

} // namespace

void MainWindow::applyFirstLaunchDockWidths()
{
    // Proportional to the window, never below what a dock needs, never above a comfortable
    // width: at 1400 px the chart gets about 840 px, at 720 px (scale 2) about 380.
    const QList<QDockWidget *> docks = sideDocks(this);
    QList<int> widths;
    for (const QDockWidget *d : docks) {
        const int preferred = d->objectName() == QLatin1String("configDock") ? 340 : 230;
        const int fitted = int(maxShare(d) * width());
        widths << std::max(d->minimumSizeHint().width(), std::min(preferred, fitted));
    }
    resizeDocks(docks, widths, Qt::Horizontal);
}

void MainWindow::fitDocksToWindow()
{

    const QList<QDockWidget *> docks = sideDocks(this);
    if (docks.isEmpty())
        return;
    QList<int> widths;
    bool changed = false;
    for (const QDockWidget *d : docks) {
        const int cap = std::max(d->minimumSizeHint().width(), int(maxShare(d) * width()));
        widths << std::min(d->width(), cap);
        changed = changed || widths.last() != d->width();
    }
    // Whatever the shares, the chart keeps its minimum width while the docks can give way.
    const int room = width() - m_charts->minimumWidth() - 24; // separators and margins
    const int total = std::accumulate(widths.begin(), widths.end(), 0);
    if (total > room && room > 0) {
        for (int i = 0; i < docks.size(); ++i)
            widths[i] = std::max(docks[i]->minimumSizeHint().width(),
                                 int(double(widths[i]) * room / total));
        changed = true;
    }
    if (changed)
        resizeDocks(docks, widths, Qt::Horizontal);
}

} // namespace pb::ui
