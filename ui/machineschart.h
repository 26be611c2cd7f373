#pragma once

#include "ui/chartspec.h"
#include "ui/runentry.h"

#include <QList>

namespace pb::ui {

/// One machine's best result, for the Machines view.
struct MachineBest
{
    QString label;     ///< machineLabel()
    QString shortName; ///< machineShortName()
    int cores = 0;
    double speedup = 0; ///< best speedup of any strategy at any worker count
    int workers = 0;    ///< where it was reached
    double efficiency = 0;
    QString strategy;
    QList<QPointF> curve; ///< best speedup per worker count (any strategy, any run)
};

/// The visible runs grouped by machine (host, CPU model, logical cores), each with its best
/// speedup and the efficiency there; machines without speedup data are left out.
QList<MachineBest> machineBests(const QList<RunEntry> &runs);

/// The Machines view: per machine, the best speedup at each worker count (over every
/// strategy and run of that machine), the ideal line, and each machine's core count; the
/// legend names the best speedup and its efficiency.
ChartSpec buildMachinesChart(const QList<RunEntry> &runs);

} // namespace pb::ui
