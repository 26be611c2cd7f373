#pragma once

#include "core/run/machinecheck.h"
#include <parabench/canceltoken.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pb::ui {

/// "Check this machine": runs pb::runMachineCheck off the GUI thread, shows its report and
/// hands the scaling run to the main window so it can be charted like any other run.
class MachineCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MachineCheckDialog(QWidget *parent = nullptr);
    ~MachineCheckDialog() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString reportText() const;
    /// "Phase 1 of 2: dispatch overhead (…)…" while running, empty otherwise.
    QString phaseText() const;

public slots:
    /// Cancel while running (the dialog stays to say so), close otherwise.
    void reject() override;

signals:
    /// The calibration finished; `check.scaling` is a complete RunResult of the spin workload.
    void checkFinished(const pb::MachineCheck &check);
    /// The check ended: finished, canceled or failed.
    void checkStopped();

private:
    void onFinished();
    void showPhase(int index, const QString &line);
    static constexpr int kPhases = 2; ///< overhead, then scaling (core/run/machinecheck.cpp)

    std::shared_ptr<CancelToken> m_cancel;
    QThreadPool m_pool; // one thread, so the check never competes with the global pool
    QFutureWatcher<pb::MachineCheck> m_watcher;
    QLabel *m_status = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace pb::ui

Q_DECLARE_METATYPE(pb::MachineCheck)
