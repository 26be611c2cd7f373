// ConfigPanel: validation and the live memory / run-time estimates.
#include "ui/configpanel.h"

#include "core/model/sizeparse.h"
#include "core/model/units.h"
#include "core/run/cellplan.h"
#include "core/run/registry.h"
#include "core/run/validation.h"
#include "core/sys/memlimits.h"
#include "ui/costprobe.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

namespace pb::ui {

void ConfigPanel::refresh()
{
    if (m_loading)
        return;
    for (QWidget *w : std::initializer_list<QWidget *>{m_targetCi, m_budget, m_maxReps})
        w->setEnabled(m_adaptive->isChecked());
    const pb::RunConfig c = config();
    QString sizeError;
    const bool sizeValid = pb::parseSize(m_size->text(), &sizeError).has_value();
    m_sizeError->setText(sizeError);
    m_sizeError->setVisible(!sizeValid);
    // validateConfig also checks the memory against every limit (available, cgroup, ulimit -v).
    const QString problem = sizeValid ? pb::validateConfig(c) : sizeError;
    updateEstimates(c); // never blocks: an unknown per-item cost is measured in the background
    updateSweepNote(c);
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty() && sizeValid); // a size error shows by the field
    emit configChanged();
    if (m_lastRunnable != problem.isEmpty()) {
        m_lastRunnable = problem.isEmpty();
        emit validityChanged(m_lastRunnable);
    }
}

bool ConfigPanel::isEstimating() const
{
    return m_costProbe->isBusy();
}

void ConfigPanel::updateEstimates(const pb::RunConfig &c)
{
    if (c.size < 0 || !pb::findWorkload(c.workload)) {
        m_memory->setText(QStringLiteral("–"));
        m_time->setText(QStringLiteral("–"));
        return;
    }
    const qint64 available = pb::proc::residentRoom().bytes; // the cgroup's limit included
    const qint64 bytes = pb::estimateMemoryBytes(c);
    m_memory->setText(
        available > 0
            ? tr("≈ %1 (%2 available)").arg(pb::formatBytes(bytes), pb::formatBytes(available))
            : tr("≈ %1").arg(pb::formatBytes(bytes)));
    showTimeEstimate(c);
}

void ConfigPanel::showTimeEstimate(const pb::RunConfig &c)
{
    if (c.size < 0 || !pb::findWorkload(c.workload))
        return; // updateEstimates() said so already
    const std::optional<double> cost = m_costProbe->cached(c.workload, c.params);
    if (!cost) {
        // Probing costs up to one item (a second for spin at 1e6 µs): never on this thread.
        m_time->setText(tr("estimating…"));
        m_costProbe->request(c.workload, c.params);
        return;
    }
    const double nsPerItem = *cost;
    if (nsPerItem <= 0) {
        m_time->setText(tr("unknown"));
        return;
    }
    const double cells = double(pb::planCells(c).size());
    const double runs = double(c.warmupRuns + c.reps.repetitions);
    const double ns = nsPerItem * double(c.size) * cells * runs;
    m_time->setText(c.reps.adaptive ? tr("at least %1 (adaptive; at most %2 s per cell)")
                                          .arg(pb::formatDuration(ns))
                                          .arg(c.reps.timeBudgetSec)
                                    : tr("≈ %1 at most (%2 cells × %3 runs at serial speed)")
                                          .arg(pb::formatDuration(ns))
                                          .arg(cells)
                                          .arg(runs));
}

} // namespace pb::ui
