// MainWindow: the run list kept between sessions (RunStore), "Discard run…?" before losing a
// measurement, and undo for Remove.
#include "ui/mainwindow.h"

#include "core/io/resultio.h"
#include "ui/runlist.h"
#include "ui/runstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace pb::ui {

namespace {

QString fileNameFor(const QString &label)
{
    QString name;
    for (const QChar c : label)
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return name.left(80) + QStringLiteral(".json");
}

} // namespace

void MainWindow::defaultPrompts()
{
    m_prompts.discard = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
        QPushButton *save = box.addButton(tr("Save…"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(save);
        box.exec();
        if (box.clickedButton() == save)
            return DiscardChoice::Save;
        return box.clickedButton() == discard ? DiscardChoice::Discard : DiscardChoice::Cancel;
    };
    m_prompts.savePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save run"), suggested,
                                            tr("ParaBench result (*.json)"));
    };
    m_prompts.saveFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Save the runs into folder"));
    };
}

void MainWindow::setRunFolder(const QString &folder)
{
    m_store = std::make_unique<RunStore>(folder);
    const RunStore::Loaded loaded = m_store->load();
    m_restoreNotes = loaded.notes;
    for (const RunEntry &entry : loaded.runs)
        m_runs->addRun(entry);
    QString message;
    if (!loaded.runs.isEmpty())
        message = tr("Restored %n run(s) from %1.", nullptr, int(loaded.runs.size()))
                      .arg(QDir::toNativeSeparators(folder));
    if (!loaded.notes.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("Skipped: %1").arg(loaded.notes.join(QStringLiteral("; ")));
    if (!message.isEmpty())
        statusBar()->showMessage(message);
}

QString MainWindow::runFolder() const
{
    return m_store ? m_store->folder() : QString();
}

bool MainWindow::isUnsaved(const RunEntry &entry) const
{
    return !entry.live && entry.sourceFile.isEmpty() && entry.savedTo.isEmpty();
}

void MainWindow::keepRun(int id)
{
    RunEntry *entry = m_runs->entry(id);
    if (!m_store || !entry || entry->live)
        return;
    QString error;
    if (!m_store->save(*entry, &error)) {
        statusBar()->showMessage(tr("Could not keep %1 for the next start (%2): save it with "
                                    "File → Export data before quitting.")
                                     .arg(entry->label, error));
        return;
    }
    saveRunIndex();
}

void MainWindow::saveRunIndex()
{
    QString error;
    if (m_store && !m_store->saveIndex(m_runs->runs(), &error))
        statusBar()->showMessage(tr("Could not save the run list: %1").arg(error));
}

bool MainWindow::saveRunAs(int id)
{
    RunEntry *entry = m_runs->entry(id);
    if (!entry)
        return false;
    const QString path = m_prompts.savePath(fileNameFor(entry->label));
    if (path.isEmpty())
        return false;
    QString error;
    if (!pb::writeResultFile(entry->result, path, QStringLiteral("json"), &error)) {
        m_reportError(tr("Save failed"),
                      tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    entry->savedTo = path;
    return true;
}

bool MainWindow::removeRun(int id)
{
    const RunEntry *entry = m_runs->run(id);
    if (!entry || entry->live)
        return false;
    if (isUnsaved(*entry)) {
        const DiscardChoice choice = m_prompts.discard(
            tr("Discard run?"),
            tr("Discard run \"%1\"?\n\nIt was measured here and has not been saved to a file. "
               "Save it first to keep a copy; after discarding, Edit → Undo (Ctrl+Z) brings it "
               "back while ParaBench stays open.")
                .arg(entry->label));
        if (choice == DiscardChoice::Cancel || (choice == DiscardChoice::Save && !saveRunAs(id)))
            return false;
    }
    RemovedRun removed{*m_runs->run(id), m_runs->positionOf(id)};
    QString error;
    if (m_store && !m_store->remove(removed.entry, &error))
        statusBar()->showMessage(tr("Could not delete the kept copy: %1").arg(error));
    removed.entry.storeFile.clear(); // written again on undo
    m_removed.append(removed);
    m_runs->removeRun(id);
    saveRunIndex();
    m_undoAction->setEnabled(true);
    m_undoAction->setText(tr("&Undo remove \"%1\"").arg(removed.entry.label));
    statusBar()->showMessage(tr("Removed %1.").arg(removed.entry.label), 15000);
    m_undoButton->show();
    return true;
}

bool MainWindow::undoRemove()
{
    if (m_removed.isEmpty())
        return false;
    const RemovedRun removed = m_removed.takeLast();
    const int id = m_runs->addRun(removed.entry, removed.position);
    m_runs->setCurrentRun(id);
    keepRun(id);
    m_undoAction->setEnabled(!m_removed.isEmpty());
    m_undoAction->setText(m_removed.isEmpty()
                              ? tr("&Undo remove")
                              : tr("&Undo remove \"%1\"").arg(m_removed.last().entry.label));
    m_undoButton->hide();
    statusBar()->showMessage(tr("Restored %1.").arg(removed.entry.label), 5000);
    return true;
}

bool MainWindow::confirmClose()
{
    QList<const RunEntry *> unsaved;
    for (const RunEntry &r : m_runs->runs())
        if (m_store && isUnsaved(r) && r.storeFile.isEmpty())
            unsaved << &r;
    if (unsaved.isEmpty())
        return true; // kept for the next start (or keeping is off: nothing was promised)
    const DiscardChoice choice = m_prompts.discard(
        tr("Discard runs?"),
        tr("Discard %n run(s)?\n\nThey could not be kept in %1 for the next start and have not "
           "been saved to a file.",
           nullptr, int(unsaved.size()))
            .arg(QDir::toNativeSeparators(m_store->folder())));
    if (choice != DiscardChoice::Save)
        return choice == DiscardChoice::Discard;
    const QString folder = m_prompts.saveFolder();
    if (folder.isEmpty())
        return false;
    for (const RunEntry *r : std::as_const(unsaved)) {
        QString error;
        const QString path = QDir(folder).filePath(fileNameFor(r->label));
        if (!pb::writeResultFile(r->result, path, QStringLiteral("json"), &error)) {
            m_reportError(tr("Save failed"),
                          tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
    }
    return true;
}

} // namespace pb::ui
