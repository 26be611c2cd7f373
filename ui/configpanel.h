#pragma once

#include "core/model/runconfig.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QKeyEvent;
class QAbstractButton;

namespace pb::ui {

class CostProbe;
class ParamsEditor;

/// Edits a RunConfig: workload, size, parameters, worker counts, strategies, repetitions.
/// Shows live memory and run-time estimates and says why a configuration cannot run.
class ConfigPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPanel(QWidget *parent = nullptr);

    /// primes, 30000 items, workers 1..cores, serial + mapped + chunked (those registered).
    static pb::RunConfig defaultConfig();

    pb::RunConfig config() const;
    /// Shows `config` after fitting it to this machine and build (unknown workload, worker
    /// counts beyond 2 × cores, bad warm-up time); returns what had to change, for the user.
    QStringList setConfig(const pb::RunConfig &config);
    static pb::RunConfig sanitized(pb::RunConfig config, QStringList *notes);

    /// Empty when the configuration can run, otherwise the message shown under the panel.
    QString problem() const { return m_problem; }
    bool isRunnable() const { return m_problem.isEmpty(); }
    /// Disables editing while a run is in progress (and holds back cost probes meanwhile).
    void setLocked(bool locked);
    /// The run-time estimate waits for a per-item cost measured in the background.
    bool isEstimating() const;
    /// Fills the workload list again (after a plugin was loaded), keeping the selection.
    void reloadWorkloads();
    /// Selects a workload by id; false when it is not in the list.
    bool selectWorkload(const QString &id);
    /// "From plugin …" for a plugin workload's list entry; empty for a built-in.
    static QString pluginTooltip(const QString &workloadId);

signals:
    void configChanged();
    void validityChanged(bool runnable);
    /// Enter was pressed in the panel (size field, a spin box, a check box): run it.
    void runRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildWorkloadGroup();
    void fillWorkloads();
    QWidget *buildWorkersGroup();
    QWidget *buildStrategiesGroup();
    QWidget *buildRepetitionsGroup();
    void rebuildWorkerBoxes(const QList<int> &extra);
    void rebuildParams(const QVariantMap &values);
    void checkWorkers(const std::function<bool(int)> &predicate);
    void onWorkloadChanged();
    void stepSize(double factor);
    void refresh();
    /// Tab follows the panel top to bottom, also through rebuilt worker boxes and parameters.
    void updateTabOrder();
    void updateSweepNote(const pb::RunConfig &config);
    void updateEstimates(const pb::RunConfig &config);
    void showTimeEstimate(const pb::RunConfig &config);

    pb::RunConfig m_base; // keeps fields without widgets (warm-up seconds)
    QComboBox *m_workload = nullptr;
    QLabel *m_workloadInfo = nullptr;
    QLineEdit *m_size = nullptr;
    QLabel *m_sizeError = nullptr; ///< the size parser's message, under the field
    ParamsEditor *m_params = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_time = nullptr;
    QGridLayout *m_workerGrid = nullptr;
    QMap<int, QCheckBox *> m_workers;
    QMap<QString, QCheckBox *> m_strategies;
    QSpinBox *m_reps = nullptr;
    QCheckBox *m_adaptive = nullptr;
    QDoubleSpinBox *m_targetCi = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QSpinBox *m_maxReps = nullptr;
    QSpinBox *m_warmup = nullptr;
    QSpinBox *m_chunk = nullptr;
    QCheckBox *m_verify = nullptr;
    QCheckBox *m_sweep = nullptr;
    QLabel *m_sweepNote = nullptr; ///< which worker count a sweep uses
    QList<QAbstractButton *> m_sizeButtons, m_presetButtons;
    QList<qint64> m_customSweep; ///< a loaded sweep that is not the automatic list
    QLabel *m_message = nullptr;
    CostProbe *m_costProbe = nullptr; ///< per-item cost for the run-time estimate, off-thread
    QString m_problem;
    bool m_loading = false;
    bool m_lastRunnable = true;
};

} // namespace pb::ui
