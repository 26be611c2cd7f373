#include "ui/machinecheckdialog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pb::ui {

MachineCheckDialog::MachineCheckDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Check this machine"));
    setObjectName(QStringLiteral("machineCheckDialog"));
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("machineCheckPhase"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("machineCheckProgress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setMinimumSize(720, 320);
    m_button = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_status);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_button, 0, Qt::AlignRight);
    connect(m_button, &QPushButton::clicked, this, &MachineCheckDialog::reject);
    connect(&m_watcher, &QFutureWatcher<pb::MachineCheck>::finished, this,
            &MachineCheckDialog::onFinished);
}

MachineCheckDialog::~MachineCheckDialog()
{
    if (m_cancel)
        m_cancel->cancel();
    m_watcher.waitForFinished();
}

void MachineCheckDialog::start()
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<CancelToken>();
    m_status->setText(tr("Measuring with the spin workload, whose cost per item is known: "
                         "first the dispatch overhead per item (1 worker, 0.1 µs items), then "
                         "the scaling of 50 µs items on 1..cores workers. This takes a few "
                         "seconds per core."));
    m_report->clear();
    m_button->setText(tr("Cancel"));
    m_phase->setText(tr("Starting…"));
    m_progress->setRange(0, 0); // busy until the first phase reports
    m_progress->show();
    auto cancel = m_cancel;
    // Each phase announces itself from the worker thread; the dialog shows it (queued, and
    // dropped when the dialog is gone).
    QPointer<MachineCheckDialog> self(this);
    auto phase = [self, n = std::make_shared<int>(0)](const QString &line) {
        const int index = ++*n;
        QMetaObject::invokeMethod(
            self,
            [self, index, line] {
                if (self)
                    self->showPhase(index, line);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [cancel, phase] { return runMachineCheck(*cancel, phase); }));
}

void MachineCheckDialog::showPhase(int index, const QString &line)
{
    if (!isRunning())
        return;
    // "check-machine: scaling (…)…" → "Phase 2 of 2: scaling (…)"
    QString what = line.section(QStringLiteral(": "), 1);
    while (what.endsWith(QLatin1Char('.')))
        what.chop(1);
    m_phase->setText(tr("Phase %1 of %2: %3…").arg(index).arg(kPhases).arg(what));
    m_progress->setRange(0, kPhases);
    m_progress->setValue(index - 1);
}

QString MachineCheckDialog::phaseText() const
{
    return m_phase->text();
}

QString MachineCheckDialog::reportText() const
{
    return m_report->toPlainText();
}

void MachineCheckDialog::reject()
{
    if (isRunning()) {
        m_status->setText(tr("Canceling…"));
        m_cancel->cancel();
        return; // onFinished closes the loop
    }
    QDialog::reject();
}

void MachineCheckDialog::onFinished()
{
    const pb::MachineCheck check = m_watcher.result();
    m_button->setText(tr("Close"));
    m_progress->hide();
    m_phase->clear();
    emit checkStopped();
    if (!check.completed) {
        m_status->setText(check.error.isEmpty() ? tr("The check was canceled.")
                                                : tr("The check failed: %1").arg(check.error));
        return;
    }
    m_status->setText(check.ok ? tr("<b>Verdict: OK</b>") : tr("<b>Verdict: look closer</b>"));
    m_report->setPlainText(formatMachineCheck(check));
    emit checkFinished(check);
}

} // namespace pb::ui
