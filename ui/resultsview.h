#pragma once

#include "core/model/result.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pb::ui {

class ResultsTableModel;

/// The results table of one run plus its Amdahl fits and measurement warnings below it.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setResult(const pb::RunResult &result);
    void clear();
    ResultsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The text shown under the table (fits and warnings), for tests.
    QString notesText() const;

private:
    QString notesHtml(const pb::RunResult &result) const;

    ResultsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_notes;
};

} // namespace pb::ui
