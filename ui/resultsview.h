#pragma once

#include "core/model/result.h"
#include "ui/changecolumns.h"
#include "ui/runentry.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pb::ui {

class ResultsTableModel;

/// The results table of the runs shown on the charts (the ticked runs, so table and charts
/// always agree) plus their Amdahl fits and measurement warnings below it. The Run column
/// appears when more than one run is shown; the selected run's rows are highlighted.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    /// `runs`: the ticked runs; `currentId`: the run selected in the run list (-1: none).
    void setRuns(const QList<RunEntry> &runs, int currentId, const QString &currentLabel = {});
    void setResult(const pb::RunResult &result);
    /// Shows (with a baseline) or hides the Change, p and Verdict columns.
    void setChangeColumns(const ChangeColumns &columns);
    void clear();
    ResultsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The text shown under the table (fits and warnings), for tests.
    QString notesText() const;

private:
    QString notesHtml(const pb::RunResult &result) const;
    void selectRowsOf(int runId);
    void showChangeColumns();
    void hideSweepColumns(const QList<pb::RunResult> &results);

    ResultsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_notes;
};

} // namespace pb::ui
