// ConfigPanel: validation and the live memory / run-time estimates.
#include "ui/configpanel.h"

#include "core/model/sizeparse.h"
#include "core/model/units.h"
#include "core/run/autochunk.h"
#include "core/run/cellplan.h"
#include "core/run/registry.h"
#include "core/run/validation.h"
#include "core/sys/procstats.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

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
    QString problem = sizeValid ? pb::validateConfig(c) : sizeError;
    const qint64 needed = problem.isEmpty() ? pb::estimateMemoryBytes(c) : -1;
    const qint64 available = pb::proc::availableMemoryBytes();
    if (problem.isEmpty() && available > 0 && needed > available)
        problem = tr("Refusing to run: the experiment needs about %1 but only %2 of memory is "
                     "available. Reduce the data size.")
                      .arg(pb::formatBytes(needed), pb::formatBytes(available));
    // The run-time estimate may probe the kernel (up to one item's cost): not per keystroke.
    // Before the panel is shown, or with the cost already known, it is immediate.
    if (!isVisible() || m_probeCache.contains(probeKey(c)))
        updateEstimates(c);
    else
        m_estimateTimer->start();
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

QString ConfigPanel::probeKey(const pb::RunConfig &config)
{
    return config.workload + QLatin1Char('|') +
           QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(config.params)).toJson());
}

double ConfigPanel::cachedNsPerItem(const pb::RunConfig &config)
{
    const QString key = probeKey(config);
    auto it = m_probeCache.constFind(key);
    if (it != m_probeCache.cend())
        return it.value();
    QString error;
    // A few milliseconds, once per workload/parameter set; cheap enough for the GUI thread.
    const double ns = pb::probeNsPerItem(config.workload, config.params, &error);
    m_probeCache.insert(key, ns);
    return ns;
}

void ConfigPanel::updateEstimates(const pb::RunConfig &c)
{
    if (c.size < 0 || !pb::findWorkload(c.workload)) {
        m_memory->setText(QStringLiteral("–"));
        m_time->setText(QStringLiteral("–"));
        return;
    }
    const qint64 available = pb::proc::availableMemoryBytes();
    const qint64 bytes = pb::estimateMemoryBytes(c);
    m_memory->setText(
        available > 0
            ? tr("≈ %1 (%2 available)").arg(pb::formatBytes(bytes), pb::formatBytes(available))
            : tr("≈ %1").arg(pb::formatBytes(bytes)));
    const double nsPerItem = cachedNsPerItem(c);
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
