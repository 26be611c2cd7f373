// RunList: the baseline, machine groups and the context menu.
#include "ui/runlist.h"

#include "ui/runfacts.h"

#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>

namespace pb::ui {

void RunList::setBaseline(int id)
{
    bool changed = false;
    for (RunEntry &r : m_runs) {
        const bool on = r.id == id;
        changed = changed || r.baseline != on;
        r.baseline = on;
    }
    if (!changed)
        return;
    m_updating = true;
    for (const RunEntry &r : std::as_const(m_runs))
        if (QTreeWidgetItem *item = itemFor(r.id))
            refreshItem(item, r);
    m_updating = false;
    updateButtons();
    emit runsChanged();
}

int RunList::baselineId() const
{
    for (const RunEntry &r : m_runs)
        if (r.baseline)
            return r.id;
    return -1;
}

QList<int> RunList::checkedRunIds() const
{
    QList<int> out;
    for (const RunEntry &r : m_runs)
        if (r.visible)
            out << r.id;
    return out;
}

QList<QTreeWidgetItem *> RunList::runItems() const
{
    QList<QTreeWidgetItem *> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole).toInt() > 0)
            out << top;
        for (int c = 0; c < top->childCount(); ++c)
            out << top->child(c);
    }
    return out;
}

QTreeWidgetItem *RunList::newRunItem(const RunEntry &entry, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, Qt::UserRole, entry.id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    refreshItem(item, entry);
    return item;
}

void RunList::rebuildTree()
{
    const int current = currentRunId();
    QList<MachineKey> machines;
    for (const RunEntry &r : std::as_const(m_runs))
        if (!machines.contains(machineOf(r.result)))
            machines << machineOf(r.result);
    // One machine: a flat list, as before; several: a group per machine, runs in list order.
    m_grouped = machines.size() > 1;
    m_updating = true;
    {
        const QSignalBlocker block(m_tree);
        m_tree->clear();
        m_tree->setRootIsDecorated(m_grouped);
        for (const MachineKey &m : std::as_const(machines)) {
            QTreeWidgetItem *group = nullptr;
            if (m_grouped) {
                group = new QTreeWidgetItem(m_tree);
                group->setText(0, machineLabel(m));
                group->setToolTip(0, tr("Runs measured on %1").arg(machineLabel(m)));
                group->setFlags(Qt::ItemIsEnabled);
                group->setFirstColumnSpanned(true);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            for (const RunEntry &r : std::as_const(m_runs))
                if (machineOf(r.result) == m)
                    newRunItem(r, group);
            if (group)
                group->setExpanded(true);
        }
        if (QTreeWidgetItem *item = itemFor(current))
            m_tree->setCurrentItem(item);
    }
    m_updating = false;
    refreshSwatches();
    updateButtons();
}

void RunList::updateButtons()
{
    const RunEntry *entry = run(currentRunId());
    m_remove->setEnabled(entry && !entry->live);
    m_baselineButton->setEnabled(entry != nullptr);
    m_baselineButton->setChecked(entry && entry->baseline);
    m_baselineButton->setText(entry && entry->baseline ? tr("Baseline ✓") : tr("Baseline"));
}

void RunList::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    const int id = item ? item->data(0, Qt::UserRole).toInt() : 0;
    const RunEntry *entry = run(id);
    if (!entry)
        return;
    m_tree->setCurrentItem(item);
    QMenu menu(this);
    if (entry->baseline)
        menu.addAction(tr("Clear baseline"), this, [this] { setBaseline(-1); });
    else
        menu.addAction(tr("Use as baseline"), this, [this, id] { setBaseline(id); });
    QAction *remove = menu.addAction(tr("Remove…"), this, [this, id] { emit removeRequested(id); });
    remove->setEnabled(!entry->live);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace pb::ui
