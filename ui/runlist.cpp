#include "ui/runlist.h"

#include "ui/elidedtext.h"
#include "ui/runfacts.h"
#include "ui/runswatch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

QString compactCount(qint64 n)
{
    if (n >= 1'000'000'000 && n % 100'000'000 == 0)
        return QStringLiteral("%1G").arg(double(n) / 1e9);
    if (n >= 1'000'000 && n % 100'000 == 0)
        return QStringLiteral("%1M").arg(double(n) / 1e6);
    if (n >= 1000 && n % 100 == 0)
        return QStringLiteral("%1k").arg(double(n) / 1e3);
    return QString::number(n);
}

} // namespace

RunList::RunList(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_baselineButton(new QPushButton(tr("Baseline"), this))
{
    m_tree->setObjectName(QStringLiteral("runTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Run"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("Tick a run to show it on the charts; select it to see its table. "
                          "Right-click a run to make it the baseline of the Change view."));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_baselineButton->setObjectName(QStringLiteral("baselineButton"));
    m_baselineButton->setCheckable(true);
    m_baselineButton->setEnabled(false);
    m_baselineButton->setToolTip(tr("Compare the other runs with the selected one: the Change "
                                    "chart and the Change / p / Verdict columns of the table"));
    m_remove->setObjectName(QStringLiteral("removeRunButton"));
    m_remove->setEnabled(false);
    m_remove->setToolTip(tr("Remove the selected run from the list (Delete; undo with Ctrl+Z)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_baselineButton);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemChanged, this, &RunList::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        const int id = item ? item->data(0, Qt::UserRole).toInt() : 0; // 0: a machine group
        emit currentRunChanged(id > 0 ? id : -1);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &RunList::showContextMenu);
    connect(m_remove, &QPushButton::clicked, this, &RunList::removeSelected);
    connect(m_baselineButton, &QPushButton::clicked, this,
            [this](bool on) { setBaseline(on ? currentRunId() : -1); });
    m_tree->installEventFilter(this); // Delete removes the selected run
    // Connected first, so the icons are right before anyone else hears of the change.
    connect(this, &RunList::runsChanged, this, &RunList::refreshSwatches);
}

void RunList::refreshSwatches()
{
    const QSignalBlocker block(m_tree);        // setIcon() would report an item change
    for (QTreeWidgetItem *item : runItems()) { // machine groups have no swatch
        const int id = item->data(0, Qt::UserRole).toInt();
        const int rank = runStyleRank(m_runs, id);
        item->setIcon(0, runSwatchIcon(rank));
    }
}

QString RunList::labelFor(const pb::RunConfig &config, int sequence)
{
    QStringList workers;
    for (int w : config.workers)
        workers << QString::number(w);
    // A sweep measures chunked at the first worker count only (core/run/cellplan.cpp).
    if (!config.chunkSweep.isEmpty() && !config.workers.isEmpty())
        return QStringLiteral("%1 %2 · sweep w%3 #%4")
            .arg(config.workload, compactCount(config.size))
            .arg(config.workers.constFirst())
            .arg(sequence);
    return QStringLiteral("%1 %2 · w%3 #%4")
        .arg(config.workload, compactCount(config.size), workers.join(QLatin1Char(',')))
        .arg(sequence);
}

QString RunList::statusText(const RunEntry &entry)
{
    if (entry.live)
        return tr("running");
    switch (entry.result.status) {
    case pb::RunStatus::Canceled:
        return tr("canceled");
    case pb::RunStatus::Failed:
        return tr("failed");
    case pb::RunStatus::Complete:
        break;
    }
    QList<pb::CellErrorKind> kinds;
    for (const pb::CellResult &c : entry.result.cells) {
        if (c.errorKind == pb::CellErrorKind::Verification)
            return tr("verification failed");
        if (!c.error.isEmpty() && !kinds.contains(c.errorKind))
            kinds.append(c.errorKind);
    }
    if (kinds.isEmpty())
        return tr("complete");
    // One kind is named ("failed: out of memory"); several are too many for the column.
    return kinds.size() == 1 ? tr("failed: %1").arg(pb::cellErrorKindText(kinds.first()))
                             : tr("cells failed");
}

int RunList::addRun(RunEntry entry, int position)
{
    entry.id = m_nextId++;
    if (entry.label.isEmpty())
        entry.label = labelFor(entry.result.config, ++m_localSequence);
    else if (const auto hash = entry.label.lastIndexOf(QLatin1Char('#')); hash >= 0)
        m_localSequence = std::max(m_localSequence, entry.label.mid(hash + 1).toInt()); // restored
    if (position < 0 || position > m_runs.size())
        position = int(m_runs.size());
    m_runs.insert(position, entry);
    rebuildTree();
    m_tree->setCurrentItem(itemFor(entry.id));
    emit runsChanged();
    return entry.id;
}

void RunList::updateRun(int id, const pb::RunResult &result, bool live)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    const bool machineChanged = !(machineOf(m_runs[i].result) == machineOf(result));
    m_runs[i].result = result;
    m_runs[i].live = live;
    if (machineChanged) { // a live run learns its machine with the first cell
        rebuildTree();
    } else {
        m_updating = true;
        if (QTreeWidgetItem *item = itemFor(id))
            refreshItem(item, m_runs[i]);
        m_updating = false;
    }
    updateButtons();
    emit runsChanged();
}

void RunList::replaceRun(int id, const RunEntry &entry)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    RunEntry &r = m_runs[i];
    r.result = entry.result;
    r.format = entry.format;
    r.scalingMatters = entry.scalingMatters;
    r.scaling = entry.scaling;
    rebuildTree();
    emit runsChanged();
}

void RunList::removeRun(int id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    const bool wasCurrent = id == currentRunId();
    m_runs.removeAt(i);
    rebuildTree();
    if (wasCurrent && !m_runs.isEmpty()) // select a neighbour, as deleting the item did
        m_tree->setCurrentItem(itemFor(m_runs.at(std::min(i, int(m_runs.size()) - 1)).id));
    else if (wasCurrent)
        emit currentRunChanged(-1);
    emit runsChanged();
}

const RunEntry *RunList::run(int id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_runs.at(i);
}

RunEntry *RunList::entry(int id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_runs[i];
}

QList<RunEntry> RunList::visibleRuns() const
{
    QList<RunEntry> out;
    for (const RunEntry &e : m_runs)
        if (e.visible)
            out.append(e);
    return out;
}

int RunList::currentRunId() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int id = item ? item->data(0, Qt::UserRole).toInt() : 0;
    return id > 0 ? id : -1;
}

void RunList::setCurrentRun(int id)
{
    if (QTreeWidgetItem *item = itemFor(id))
        m_tree->setCurrentItem(item);
}

void RunList::setVisible(int id, bool visible)
{
    if (QTreeWidgetItem *item = itemFor(id))
        item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked); // -> onItemChanged
}

int RunList::indexOf(int id) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == id)
            return i;
    return -1;
}

QTreeWidgetItem *RunList::itemFor(int id) const
{
    for (QTreeWidgetItem *item : runItems())
        if (item->data(0, Qt::UserRole).toInt() == id)
            return item;
    return nullptr;
}

void RunList::refreshItem(QTreeWidgetItem *item, const RunEntry &entry)
{
    item->setText(0, entry.label);
    item->setCheckState(0, entry.visible ? Qt::Checked : Qt::Unchecked);
    QFont font = item->font(0);
    font.setBold(entry.baseline);
    item->setFont(0, font);
    const QString status = statusText(entry);
    item->setText(1, entry.baseline ? tr("baseline · %1").arg(status) : status);
    item->setForeground(1, status.contains(QLatin1String("fail")) ? QBrush(QColor(0xc0, 0x1c, 0x28))
                                                                  : QBrush());
    QString tip = entry.sourceFile.isEmpty() ? tr("Measured in this session")
                                             : tr("Loaded from %1").arg(entry.sourceFile);
    tip += QLatin1Char('\n') + tr("Machine: %1").arg(machineLabel(machineOf(entry.result)));
    if (entry.baseline)
        tip += QLatin1Char('\n') + tr("Baseline: the Change chart compares the other runs with it");
    if (!entry.result.error.isEmpty())
        tip += QLatin1Char('\n') + elided(entry.result.error, kMaxShownTooltipChars);
    item->setToolTip(0, tip);
    item->setToolTip(1, tip);
}

void RunList::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0)
        return;
    const int i = indexOf(item->data(0, Qt::UserRole).toInt());
    if (i < 0)
        return;
    const bool visible = item->checkState(0) == Qt::Checked;
    if (m_runs[i].visible == visible)
        return;
    m_runs[i].visible = visible;
    emit runsChanged();
}

void RunList::removeSelected()
{
    const int id = currentRunId();
    const RunEntry *entry = run(id);
    if (entry && !entry->live)
        emit removeRequested(id);
}

bool RunList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pb::ui
