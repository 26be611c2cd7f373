#include "ui/machinecheckdialog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
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
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setMinimumSize(720, 320);
    m_button = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_status);
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
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [cancel] { return runMachineCheck(*cancel); }));
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
