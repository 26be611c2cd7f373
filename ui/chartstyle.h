#pragma once

#include "ui/chartspec.h"

#include <QColor>
#include <QString>

namespace pb::ui {

// How the lines of the charts tell runs and strategies apart.

/// Strategies of one run share the run colour; shade (by strategy index) tells them apart.
QColor shade(const QColor &base, int i);
/// Dash pattern by strategy index, used with shade() when several runs are overlaid.
LineStyle strategyStyle(int i);
/// With one run on the chart, each strategy gets its own stable hue.
QColor strategyColor(const QString &strategy);

} // namespace pb::ui
