// MainWindow: starting, following, canceling and finishing runs.
#include "ui/mainwindow.h"

#include "core/model/units.h"
#include "core/run/registry.h"
#include "core/run/runcontroller.h"
#include "ui/chartpanel.h"
#include "ui/configpanel.h"
#include "ui/elidedtext.h"
#include "ui/machinecheckdialog.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"

#include <QAction>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace pb::ui {
namespace {

/// At most kMaxShownLines lines, each elided: thousands of failed cells must not freeze the
/// rich-text banner.
QString escapedLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : firstLinesWithMore(lines))
        escaped << elided(l).toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

struct CellFailures
{
    QString message; ///< for the status bar
    QString banner;  ///< rich text; empty when every cell is fine
};

/// Verification mismatches first (their timings mislead), then cells that failed otherwise.
CellFailures cellFailures(const pb::RunResult &result)
{
    QStringList mismatches, others;
    for (const pb::CellResult &c : result.cells) {
        if (c.error.isEmpty())
            continue;
        const QString line = MainWindow::tr("%1 with %n worker(s) (%2): %3", nullptr, c.workers)
                                 .arg(c.strategy, pb::cellErrorKindText(c.errorKind), c.error);
        (c.errorKind == pb::CellErrorKind::Verification ? mismatches : others) << line;
    }
    CellFailures f;
    if (!mismatches.isEmpty()) {
        f.message =
            MainWindow::tr("Verification FAILED for %n cell(s) — these outputs differ from serial.",
                           nullptr, int(mismatches.size()));
        f.banner = MainWindow::tr("<b>Verification failed</b>: a parallel output differs from "
                                  "the serial reference, so its timings are not comparable.<br>%1")
                       .arg(escapedLines(mismatches));
    }
    if (!others.isEmpty()) {
        if (f.message.isEmpty())
            f.message = MainWindow::tr("%n cell(s) FAILED — they have no timings to compare.",
                                       nullptr, int(others.size()));
        else
            f.banner += QStringLiteral("<br>");
        f.banner += MainWindow::tr("<b>%n cell(s) failed</b>:<br>%1", nullptr, int(others.size()))
                        .arg(escapedLines(others));
    }
    return f;
}

} // namespace

bool MainWindow::startRun(QString *error)
{
    QString why;
    if (isRunning())
        why = tr("A run is already in progress.");
    else if (m_machineCheck && m_machineCheck->isRunning())
        why = tr("The machine check is running; wait for it or cancel it first.");
    else if (!m_config->isRunnable())
        why = m_config->problem();
    const pb::RunConfig config = m_config->config();
    if (why.isEmpty()) {
        m_controller = backendFor(config); // plugin workloads: a child process (crash-proof)
        m_controller->start(config, &why);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    RunEntry entry;
    entry.live = true;
    entry.result.config = config;
    if (const pb::Workload *w = pb::findWorkload(config.workload))
        entry.result.workloadName = w->displayName();
    m_canceling = false;
    m_liveId = m_runs->addRun(entry);
    if (!config.chunkSweep.isEmpty())
        m_charts->setCurrentChart(ChartKind::Granularity); // the only chart a sweep fills
    m_config->setLocked(true);
    m_banner->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_progressText->setText(tr("Preparing input…"));
    m_runClock.start();
    m_stallProbe->start();
    updateActions();
    statusBar()->showMessage(tr("Running %1…").arg(m_runs->run(m_liveId)->label));
    return true;
}

void MainWindow::cancelRun()
{
    if (!isRunning() || m_canceling)
        return;
    m_canceling = true;
    m_controller->cancel();
    m_progressText->setText(tr("Canceling…"));
    updateActions();
}

bool MainWindow::waitForRunFinished(int timeoutMs)
{
    if (!isRunning())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &MainWindow::runFinished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return !isRunning();
}

void MainWindow::onProgress(const pb::Progress &p)
{
    if (!isRunning() || m_canceling)
        return;
    m_progress->setValue(int(p.fraction * 1000.0));
    QString text = p.warmingUp
                       ? tr("%1 · %n worker(s) · warm-up", nullptr, p.workers).arg(p.strategy)
                       : tr("%1 · %n worker(s) · rep %2/%3", nullptr, p.workers)
                             .arg(p.strategy)
                             .arg(p.repetition + 1) // the one being measured
                             .arg(m_runs->run(m_liveId)->result.config.reps.adaptive
                                      ? tr("≥%1").arg(p.repetitionsPlanned)
                                      : QString::number(p.repetitionsPlanned));
    text += tr(" · cell %1/%2").arg(p.cellIndex + 1).arg(p.cellCount);
    if (p.etaSec >= 0)
        text += tr(" · ETA %1").arg(pb::formatDuration(p.etaSec * 1e9));
    m_progressText->setText(text);
}

void MainWindow::onCellFinished(const pb::RunResult &partial)
{
    if (!isRunning())
        return;
    m_runs->updateRun(m_liveId, partial, true); // charts and table follow (runsChanged)
}

void MainWindow::onFinished(const pb::RunResult &result)
{
    if (!isRunning())
        return;
    m_stallProbe->stop(); // developer figures: Help → Developer diagnostics
    const int id = m_liveId;
    m_liveId = -1;
    m_canceling = false;
    m_runs->updateRun(id, result, false);
    keepRun(id); // restored at the next start
    m_config->setLocked(false);
    m_progress->hide();
    m_progressText->clear();
    updateActions();

    const QString took = pb::formatDuration(double(m_runClock.nsecsElapsed()));
    QString message;
    switch (result.status) {
    case pb::RunStatus::Complete:
        message =
            tr("Run complete in %1 (%n cell(s))", nullptr, int(result.cells.size())).arg(took);
        break;
    case pb::RunStatus::Canceled:
        message =
            tr("Run canceled after %1; %n measured cell(s) kept", nullptr, int(result.cells.size()))
                .arg(took);
        break;
    case pb::RunStatus::Failed:
        message = tr("Run failed: %1").arg(result.error);
        showBanner(id, tr("The run failed: %1").arg(result.error));
        break;
    }
    if (const CellFailures failed = cellFailures(result); !failed.banner.isEmpty()) {
        message = failed.message;
        showBanner(id, failed.banner);
    }
    statusBar()->showMessage(message);
    emit runFinished(result);
}

void MainWindow::checkMachine()
{
    if (isRunning())
        return;
    if (!m_machineCheck) {
        m_machineCheck = new MachineCheckDialog(this);
        connect(m_machineCheck, &MachineCheckDialog::checkFinished, this,
                [this](const pb::MachineCheck &check) {
                    RunEntry entry;
                    entry.result = check.scaling;
                    const int id = m_runs->addRun(entry);
                    m_runs->updateRun(id, check.scaling, false);
                    keepRun(id);
                    statusBar()->showMessage(tr("Machine check: %1").arg(check.verdict));
                });
        connect(m_machineCheck, &MachineCheckDialog::checkStopped, this,
                &MainWindow::updateActions);
    }
    m_machineCheck->start();
    m_machineCheck->show();
    updateActions();
}

} // namespace pb::ui
