// ConfigPanel: keyboard navigation (tab order, Enter runs) and the sweep's worker-count note.
#include "ui/configpanel.h"

#include "core/run/registry.h"
#include "ui/paramseditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace pb::ui {

void ConfigPanel::updateTabOrder()
{
    // Widgets made after the panel (worker boxes, parameters) would otherwise join the focus
    // chain at its end, after the panel's last widget: Tab seems to skip them.
    QList<QWidget *> chain{m_workload, m_size};
    for (QAbstractButton *b : std::as_const(m_sizeButtons))
        chain << b;
    chain << m_params->editors();
    for (QCheckBox *box : std::as_const(m_workers)) // QMap: ascending worker counts
        chain << box;
    for (QAbstractButton *b : std::as_const(m_presetButtons))
        chain << b;
    for (const pb::Strategy *s : pb::strategies()) // the order they are shown in
        chain << m_strategies.value(s->id());
    chain << m_reps << m_adaptive << m_targetCi << m_budget << m_maxReps << m_warmup << m_chunk
          << m_sweep << m_verify;
    chain.removeAll(nullptr);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ConfigPanel::keyPressEvent(QKeyEvent *event)
{
    // Line edits, spin boxes, check boxes and the closed combo box leave Enter to their parent,
    // so Enter anywhere in the experiment runs it, like a form's default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        emit runRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ConfigPanel::updateSweepNote(const pb::RunConfig &config)
{
    const bool sweep = m_sweep->isChecked();
    m_sweepNote->setVisible(sweep);
    if (!sweep)
        return;
    if (config.workers.isEmpty()) {
        m_sweepNote->setText(tr("Tick a worker count: the sweep runs at the first one."));
        return;
    }
    const int w = config.workers.constFirst();
    m_sweepNote->setText(config.workers.size() > 1
                             ? tr("The sweep runs with %n worker(s) only (the first ticked "
                                  "count); the other ticked counts are not measured.",
                                  nullptr, w)
                             : tr("The sweep runs with %n worker(s).", nullptr, w));
}

} // namespace pb::ui
