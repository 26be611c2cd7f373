// MainWindow: opening and exporting files, drag and drop, recent files, settings.
#include "ui/mainwindow.h"

#include "core/io/resultfiles.h"
#include "core/io/resultio.h"
#include "core/run/registry.h"
#include "ui/appsettings.h"
#include "ui/chartexportdialog.h"
#include "ui/chartpanel.h"
#include "ui/configpanel.h"
#include "ui/gbenchscalingbar.h"
#include "ui/runlist.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace pb::ui {

namespace {

QStringList droppedJsonFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() &&
            (url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
             QFileInfo(url.toLocalFile()).isDir())) // a folder opens every result in it
            files << url.toLocalFile();
    return files;
}

} // namespace

bool MainWindow::openResultFile(const QString &path)
{
    QString error;
    const pb::ThreadScaling scaling =
        GbenchScalingBar::rememberedScaling(QFileInfo(path).absoluteFilePath());
    const std::optional<pb::LoadedResult> result = pb::loadResultFile(path, scaling, &error);
    if (!result) {
        // The reader's message usually names the file already: name it once.
        const QString native = QDir::toNativeSeparators(path);
        const QString why = error.contains(path) ? QString(error).replace(path, native)
                                                 : tr("%1: %2").arg(native, error);
        m_reportError(tr("Cannot open result"),
                      tr("This file cannot be opened as a ParaBench or Google Benchmark "
                         "result.\n%1")
                          .arg(why));
        return false;
    }
    const int id = addLoadedResult(*result, scaling);
    m_runs->setCurrentRun(id);
    statusBar()->showMessage(
        tr("Opened %1 (%2, %n cell(s))", nullptr, int(result->result.cells.size()))
            .arg(QDir::toNativeSeparators(path), pb::resultFileFormatName(result->format)));
    return true;
}

bool MainWindow::loadConfigFrom(const QString &path)
{
    QString error;
    const std::optional<pb::RunResult> result = pb::readResultFile(path, &error);
    if (result && !pb::findWorkload(result->config.workload))
        error = tr("its workload \"%1\" does not exist in this build").arg(result->config.workload);
    if (!error.isEmpty()) {
        m_reportError(tr("Cannot load settings"), tr("The settings of %1 cannot be used:\n%2")
                                                      .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    const QStringList notes = m_config->setConfig(result->config);
    statusBar()->showMessage(
        tr("Loaded the settings of %1: press Run to measure them here")
            .arg(QDir::toNativeSeparators(path)) +
        (notes.isEmpty()
             ? QString()
             : QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')')));
    return true;
}

void MainWindow::useSelectedRunConfig()
{
    const RunEntry *entry = m_runs->run(m_runs->currentRunId());
    if (!entry || isRunning())
        return;
    const QStringList notes = m_config->setConfig(entry->result.config);
    statusBar()->showMessage(
        tr("Settings of %1 loaded: change one thing and run again to compare").arg(entry->label) +
        (notes.isEmpty()
             ? QString()
             : QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')')));
}

bool MainWindow::exportData(const QString &path, const QString &formatId, QString *error) const
{
    const RunEntry *entry = m_runs->run(m_runs->currentRunId());
    if (!entry) {
        *error = tr("Select a run in the run list first.");
        return false;
    }
    if (entry->live) {
        *error = tr("The selected run is still in progress; export it when it has finished.");
        return false;
    }
    return pb::writeResultFile(entry->result, path, formatId, error);
}

bool MainWindow::exportChart(ChartKind kind, const QString &path, const QSize &size,
                             QString *error) const
{
    return m_charts->exportChart(kind, path, size, error);
}

bool MainWindow::exportChart(ChartKind kind, const QString &path, const FigureFormat &figure,
                             QString *error) const
{
    return m_charts->exportChart(kind, path, figure, error);
}

void MainWindow::openFileDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open ParaBench result"), QString(),
                                      tr("ParaBench results (*.json);;All files (*)"));
    for (const QString &f : files)
        openResultFile(f);
}

void MainWindow::exportDataDialog(const QString &formatId)
{
    if (m_runs->checkedRunIds().size() > 1) { // an overlay: every ticked run, one file each
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Export the %n ticked runs into a folder", nullptr,
                     int(m_runs->checkedRunIds().size())));
        if (dir.isEmpty())
            return;
        QString error;
        QStringList written;
        if (!exportCheckedRuns(dir, formatId, &error, &written))
            m_reportError(
                tr("Export failed"),
                tr("Nothing was written to %1:\n%2").arg(QDir::toNativeSeparators(dir), error));
        else
            statusBar()->showMessage(tr("Saved %n file(s) to %1", nullptr, int(written.size()))
                                         .arg(QDir::toNativeSeparators(dir)));
        return;
    }
    if (!m_runs->run(m_runs->currentRunId())) {
        m_reportError(tr("Export data"), tr("Select a run in the run list first."));
        return;
    }
    const bool gbench = formatId == QLatin1String("gbench");
    const QString filter = formatId == QLatin1String("csv")    ? tr("CSV (*.csv)")
                           : formatId == QLatin1String("json") ? tr("JSON (*.json)")
                           : gbench ? tr("Google Benchmark JSON (*.json)")
                                    : tr("Markdown (*.md)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export data"),
                                                gbench ? QStringLiteral("parabench-gbench.json")
                                                       : QStringLiteral("parabench.") + formatId,
                                                filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportData(path, formatId, &error)) {
        m_reportError(tr("Export failed"),
                      tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    if (RunEntry *entry = m_runs->entry(m_runs->currentRunId());
        entry && formatId == QLatin1String("json"))
        entry->savedTo = path; // removing it no longer loses anything
}

void MainWindow::exportChartDialog(const QString &formatId)
{
    ChartExportDialog sizeDialog(this);
    if (sizeDialog.exec() != QDialog::Accepted)
        return;
    QStringList filters;
    for (const QString &f :
         {formatId, QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")})
        if (!filters.contains(tr("%1 (*.%2)").arg(f.toUpper(), f)))
            filters << tr("%1 (*.%2)").arg(f.toUpper(), f);
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                QStringLiteral("parabench-chart.") + formatId,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // The format follows the extension; a name typed without one gets the chosen filter's.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + selected.section(QStringLiteral("*."), 1).chopped(1);
    QString error;
    if (!exportChart(m_charts->currentChart(), path, sizeDialog.figureFormat(), &error))
        m_reportError(tr("Export failed"),
                      tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedJsonFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedJsonFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &f : files) {
        if (QFileInfo(f).isDir())
            openFolder(f); // every result in it
        else
            openResultFile(f);
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    m_recentFiles = AppSettings::withRecent(m_recentFiles, path);
    AppSettings::setRecentFiles(m_recentFiles);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &f : std::as_const(m_recentFiles))
        m_recentMenu->addAction(QDir::toNativeSeparators(f), this,
                                [this, f] { openResultFile(f); });
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::saveSettings() const
{
    AppSettings::saveConfig(m_config->config());
    AppSettings::setValue(QStringLiteral("window/geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("window/state"), saveState());
    AppSettings::setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    AppSettings::setRecentFiles(m_recentFiles);
}

void MainWindow::restoreSettings()
{
    QString why;
    if (const auto config = AppSettings::loadConfig(&why))
        m_config->setConfig(*config); // fitted to this machine by ConfigPanel::sanitized
    const QByteArray geometry = AppSettings::value(QStringLiteral("window/geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First launch: 1400 x 900, but never larger than the screen's free area.
        const QSize avail = screen() ? screen()->availableGeometry().size() : QSize(1400, 900);
        resize(std::min(1400, avail.width() * 9 / 10), std::min(900, avail.height() * 9 / 10));
    }
    // Saved dock widths may come from a larger window or screen: once the window has its real
    // size (after show), cap them so the chart keeps its room. First launch: proportional.
    const bool restored = restoreState(AppSettings::value(QStringLiteral("window/state")));
    QTimer::singleShot(0, this, [this, restored] {
        if (restored)
            fitDocksToWindow();
        else
            applyFirstLaunchDockWidths();
    });
    if (!m_splitter->restoreState(AppSettings::value(QStringLiteral("window/splitter"))))
        m_splitter->setSizes({560, 320}); // the chart is the point; the table scrolls

    m_recentFiles = AppSettings::recentFiles();
    rebuildRecentMenu();
}

} // namespace pb::ui
