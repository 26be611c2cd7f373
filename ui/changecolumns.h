#pragma once

#include "core/compare/comparison.h"
#include "ui/runentry.h"

#include <QHash>
#include <QVariant>

namespace pb::ui {

/// What the results table's Change, p and Verdict columns show: each shown run against the
/// baseline run (hidden while no baseline is set).
struct ChangeColumns
{
    int baselineId = -1;
    QString baselineLabel;
    QHash<int, pb::Comparison> comparisons; ///< run id -> that run against the baseline

    bool active() const { return baselineId > 0; }
};

/// Data of column `which` (0 change, 1 p, 2 verdict) for one cell of `run`, in a Qt item role
/// (DisplayRole text, UserRole sort value, ToolTipRole, ForegroundRole verdict colour).
QVariant changeColumnData(const ChangeColumns &columns, const RunEntry &run,
                          const pb::CellResult &cell, int which, int role);

/// Headers and tooltips of the three columns.
QString changeColumnName(int which);
QString changeColumnTip(int which);

} // namespace pb::ui
