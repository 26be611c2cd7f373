#include "ui/changecolumns.h"

#include "core/compare/cellmatch.h"
#include "core/compare/comparisonphrases.h"
#include "ui/changechart.h"

#include <QBrush>
#include <QCoreApplication>

#include <cmath>

namespace pb::ui {
namespace {

const pb::CellComparison *find(const pb::Comparison &c, const pb::CellKey &key)
{
    for (const pb::CellComparison &cell : c.cells)
        if (cell.key == key)
            return &cell;
    return nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pb::ui::ResultsTableModel", text);
}

QVariant missing(const ChangeColumns &columns, bool isBaseline, int which, int role)
{
    if (role == Qt::DisplayRole)
        return which < 2    ? QStringLiteral("–")
               : isBaseline ? tr("baseline")
                            : tr("not in baseline");
    if (role == Qt::ToolTipRole)
        return isBaseline ? tr("This run is the baseline the others are compared with")
                          : tr("The baseline %1 has no cell with this strategy, worker count, "
                               "chunk and size")
                                .arg(columns.baselineLabel);
    return {};
}

} // namespace

QString changeColumnName(int which)
{
    return which == 0 ? tr("Change [95% CI]") : which == 1 ? tr("p") : tr("Verdict");
}

QString changeColumnTip(int which)
{
    if (which == 0)
        return tr("Median time against the baseline run: + is slower, with a 95% bootstrap CI");
    if (which == 1)
        return tr("Two-sided Mann–Whitney U test over the repetitions (vs the baseline)");
    return tr("No change when p ≥ 0.05; else improved / regressed when the whole CI lies beyond "
              "±1%, else within noise; fewer than 4 repetitions a side: too few samples");
}

QVariant changeColumnData(const ChangeColumns &columns, const RunEntry &run,
                          const pb::CellResult &cell, int which, int role)
{
    if (!columns.active())
        return {};
    const bool isBaseline = run.id == columns.baselineId;
    const auto it = columns.comparisons.constFind(run.id);
    const pb::CellComparison *c = isBaseline || it == columns.comparisons.constEnd()
                                      ? nullptr
                                      : find(*it, pb::cellKey(run.result, cell));
    if (!c)
        return missing(columns, isBaseline, which, role);
    switch (role) {
    case Qt::DisplayRole:
        if (which == 0)
            return pb::cmpfmt::changeText(*c);
        if (which == 1)
            return pb::cmpfmt::pText(c->pValue);
        return pb::verdictName(c->verdict);
    case Qt::UserRole:
        if (which == 0)
            return std::isfinite(c->ratio) ? c->change() : 0.0;
        if (which == 1)
            return std::isfinite(c->pValue) ? c->pValue : 2.0;
        return int(c->verdict);
    case Qt::ToolTipRole:
        return tr("Against the baseline %1: change %2, p = %3, %4 vs %5 repetitions%6")
            .arg(columns.baselineLabel, pb::cmpfmt::changeText(*c), pb::cmpfmt::pText(c->pValue))
            .arg(c->nBase)
            .arg(c->nNew)
            .arg(c->note.isEmpty() ? QString() : QStringLiteral("\n") + c->note);
    case Qt::ForegroundRole:
        return which == 2 ? QVariant(QBrush(verdictColor(c->verdict))) : QVariant();
    default:
        return {};
    }
}

} // namespace pb::ui
