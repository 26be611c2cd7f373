// MainWindow: comparing runs: results of either format and whole folders, the baseline, the
// Google Benchmark thread-sweep reading, exporting every ticked run.
#include "ui/mainwindow.h"

#include "core/io/resultfiles.h"
#include "ui/changechart.h"
#include "ui/gbenchscalingbar.h"
#include "ui/resultsview.h"
#include "ui/runexport.h"
#include "ui/runlist.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace pb::ui {

namespace {

RunEntry entryFor(const pb::LoadedResult &loaded, pb::ThreadScaling scaling)
{
    RunEntry entry;
    entry.result = loaded.result;
    entry.sourceFile = QFileInfo(loaded.path).absoluteFilePath();
    entry.label = QFileInfo(loaded.path).fileName();
    entry.format = loaded.format;
    entry.scalingMatters = loaded.scalingMatters;
    entry.scaling = scaling;
    return entry;
}

} // namespace

int MainWindow::addLoadedResult(const pb::LoadedResult &loaded, pb::ThreadScaling scaling)
{
    const int id = m_runs->addRun(entryFor(loaded, scaling));
    keepRun(id); // a copy, so the list comes back even when the file moves
    addRecentFile(loaded.path);
    return id;
}

bool MainWindow::openFolder(const QString &dir)
{
    QString error;
    const auto folder = pb::loadResultFolder(dir, pb::ThreadScaling::Split, &error);
    if (!folder) {
        m_reportError(tr("Cannot open folder"), error);
        return false;
    }
    int opened = 0;
    for (const pb::LoadedResult &r : folder->results) {
        const pb::ThreadScaling remembered =
            GbenchScalingBar::rememberedScaling(QFileInfo(r.path).absoluteFilePath());
        if (remembered != pb::ThreadScaling::Split && r.scalingMatters) {
            // Read again the way the person chose for this file before.
            if (const auto again = pb::loadResultFile(r.path, remembered, &error)) {
                addLoadedResult(*again, remembered);
                ++opened;
                continue;
            }
        }
        addLoadedResult(r, pb::ThreadScaling::Split);
        ++opened;
    }
    const QString where = QDir::toNativeSeparators(dir);
    statusBar()->showMessage(tr("Opened %n result(s) from %1", nullptr, opened).arg(where) +
                             (folder->skipped.isEmpty() ? QString()
                                                        : tr("; skipped %n other file(s)", nullptr,
                                                             int(folder->skipped.size()))));
    if (!folder->skipped.isEmpty()) {
        QStringList lines;
        for (const auto &[name, why] : folder->skipped)
            lines << QStringLiteral("• %1: %2").arg(name, why);
        m_reportError(tr("Some files were skipped"),
                      tr("Opened %n result(s) from %1. These files are not results and were "
                         "skipped:\n%2",
                         nullptr, opened)
                          .arg(where, lines.join(QLatin1Char('\n'))));
    }
    if (opened == 0 && folder->skipped.isEmpty())
        m_reportError(tr("Open folder"), tr("%1 has no result files.").arg(where));
    return opened > 0;
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open every result in a folder (ParaBench or Google Benchmark JSON)"));
    if (!dir.isEmpty())
        openFolder(dir);
}

void MainWindow::setBaselineRun(int id)
{
    m_runs->setBaseline(id);
}

bool MainWindow::openBaselineFile(const QString &path)
{
    if (!openResultFile(path))
        return false;
    const QString source = QFileInfo(path).absoluteFilePath();
    const QList<RunEntry> &runs = m_runs->runs();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it)
        if (it->sourceFile == source) {
            setBaselineRun(it->id);
            return true;
        }
    return false;
}

ChangeColumns MainWindow::changeColumns() const
{
    ChangeColumns c;
    const RunEntry *base = baselineRun(m_runs->runs());
    if (!base)
        return c;
    c.baselineId = base->id;
    c.baselineLabel = base->label;
    for (const RunEntry &r : m_runs->runs())
        if (r.visible)
            if (auto comparison = comparisonWithBaseline(m_runs->runs(), r))
                c.comparisons.insert(r.id, *comparison);
    return c;
}

void MainWindow::onScalingChosen(int runId, pb::ThreadScaling scaling)
{
    const RunEntry *entry = m_runs->run(runId);
    if (!entry || entry->sourceFile.isEmpty())
        return;
    QString error;
    const auto loaded = pb::loadResultFile(entry->sourceFile, scaling, &error);
    if (!loaded) {
        m_reportError(tr("Cannot read the file again"), error);
        return;
    }
    GbenchScalingBar::rememberScaling(entry->sourceFile, scaling);
    RunEntry updated = entryFor(*loaded, scaling);
    m_runs->replaceRun(runId, updated);
    statusBar()->showMessage(
        scaling == pb::ThreadScaling::Split
            ? tr("Speedups of %1 now assume a fixed total split across the threads")
                  .arg(updated.label)
            : tr("Speedups of %1 now assume each thread does the whole work").arg(updated.label));
}

bool MainWindow::exportCheckedRuns(const QString &dir, const QString &formatId, QString *error,
                                   QStringList *written) const
{
    QList<RunEntry> runs;
    for (int id : m_runs->checkedRunIds())
        runs << *m_runs->run(id);
    if (runs.isEmpty()) {
        *error = tr("Tick the runs to export in the run list first.");
        return false;
    }
    QStringList files;
    if (!exportRunsToFolder(runs, dir, formatId, &files, error))
        return false;
    if (written)
        *written = files;
    return true;
}

} // namespace pb::ui
