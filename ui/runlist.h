#pragma once

#include "ui/runentry.h"

#include <QList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace pb::ui {

/// The session's runs (local, live and loaded): visibility on the charts, colour, a label that
/// says what differs, status, the baseline. Runs from more than one machine are grouped by
/// machine (host, CPU model, logical cores). Owns the RunEntry values; the charts and table
/// read them.
class RunList : public QWidget
{
    Q_OBJECT
public:
    explicit RunList(QWidget *parent = nullptr);

    /// Adds a run at `position` (-1: at the end), assigning an id, a colour (unless it has one)
    /// and (when empty) a label. Returns the id.
    int addRun(RunEntry entry, int position = -1);
    /// Replaces the result of a run (live updates and the final result).
    void updateRun(int id, const pb::RunResult &result, bool live);
    void removeRun(int id);
    const RunEntry *run(int id) const;
    /// For bookkeeping fields (storeFile, savedTo); nullptr when unknown. Never change the id.
    RunEntry *entry(int id);
    int positionOf(int id) const { return indexOf(id); }
    const QList<RunEntry> &runs() const { return m_runs; }
    QList<RunEntry> visibleRuns() const;
    int count() const { return int(m_runs.size()); }

    int currentRunId() const;
    void setCurrentRun(int id);
    void setVisible(int id, bool visible);
    /// Marks the run the others are compared with (Change view, table); -1 clears it.
    void setBaseline(int id);
    int baselineId() const;
    /// Ids of the ticked runs, in list order.
    QList<int> checkedRunIds() const;
    /// Replaces a loaded run's result and how it was read (Google Benchmark thread sweeps).
    void replaceRun(int id, const RunEntry &entry);
    /// True when the list shows machine groups (runs from more than one machine).
    bool isGroupedByMachine() const { return m_grouped; }

    /// "running", "complete", "canceled", "failed", "verification failed" or
    /// "cell failed" (a cell has another kind of error).
    static QString statusText(const RunEntry &entry);
    /// Label for a local run: "primes 30k · w1,2,4 #2"; a granularity sweep, which measures only
    /// the first worker count: "fine 4k · sweep w2 #3".
    static QString labelFor(const pb::RunConfig &config, int sequence);

signals:
    /// Runs were added, removed, changed or toggled: the charts need redrawing.
    void runsChanged();
    /// The selected run changed (-1 when none).
    void currentRunChanged(int id);
    /// Remove (button or Delete key) on a run that is not running; the window decides.
    void removeRequested(int id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Each run's icon shows its line on the charts (pattern and marker among the ticked runs).
    void refreshSwatches();
    int indexOf(int id) const;
    QTreeWidgetItem *itemFor(int id) const;
    QList<QTreeWidgetItem *> runItems() const;
    void rebuildTree();
    QTreeWidgetItem *newRunItem(const RunEntry &entry, QTreeWidgetItem *parent);
    void refreshItem(QTreeWidgetItem *item, const RunEntry &entry);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void removeSelected();
    void showContextMenu(const QPoint &pos);
    void updateButtons();

    QTreeWidget *m_tree;
    QPushButton *m_remove;
    QPushButton *m_baselineButton;
    QList<RunEntry> m_runs;
    int m_nextId = 1;
    int m_localSequence = 0;
    bool m_updating = false;
    bool m_grouped = false;
};

} // namespace pb::ui
