#pragma once

#include "core/model/result.h"
#include "ui/changecolumns.h"
#include "ui/runentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace pb::ui {

/// Table of the cells of the runs shown on the charts, one row per cell, the Run column naming
/// the run with its line's swatch (dash pattern, marker) and the Strategy column its hue. Display
/// text is human-formatted; Qt::UserRole holds the raw number (or string) so a proxy can sort
/// numerically. Statistics come from core unchanged.
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Run,
        Size,
        Strategy,
        Workers,
        Chunk,
        Median,
        Ci95,
        Min,
        Stddev,
        Speedup,
        Efficiency,
        KarpFlatt,
        Outliers,
        CpuUse,
        Steal,
        PeakMemory,
        Verified,
        BreakEven,
        Change, ///< Change, p and Verdict: against the baseline run (hidden without one)
        ChangeP,
        ChangeVerdict,
        ColumnCount
    };

    explicit ResultsTableModel(QObject *parent = nullptr);

    /// The runs to tabulate, in run-list order (labels and colours as on the charts).
    void setRuns(const QList<RunEntry> &runs);
    /// One unnamed run.
    void setResult(const pb::RunResult &result);
    void clear();
    const QList<RunEntry> &runs() const { return m_runs; }
    /// The Change, p and Verdict columns' data (each run against the baseline).
    void setChangeColumns(const ChangeColumns &columns);
    const ChangeColumns &changeColumns() const { return m_change; }
    /// The id of the run a row belongs to (-1 outside).
    int runIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowRef
    {
        int run = 0;
        int cell = 0;
    };
    QVariant displayText(const RowRef &ref, int column) const;
    QVariant sortValue(const RowRef &ref, int column) const;
    /// Run: its line on the charts (pattern, marker); Strategy: its hue on the charts.
    QVariant decoration(const RowRef &ref, int column) const;
    QString verifiedText(const pb::RunResult &result, const pb::CellResult &cell) const;
    /// The break-even of the cell's strategy × workers in a size sweep, "–" otherwise.
    static QString breakEvenText(const pb::RunResult &result, const pb::CellResult &cell);

    QList<RunEntry> m_runs;
    QList<RowRef> m_rows;
    QList<QIcon> m_runIcons;               ///< parallel to m_runs
    QHash<QString, QIcon> m_strategyIcons; ///< by strategy name
    ChangeColumns m_change;
};

} // namespace pb::ui
