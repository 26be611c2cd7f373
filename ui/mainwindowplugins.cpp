// MainWindow: workload plugins — File → Load workload plugin…, the plugins remembered between
// sessions and those in the plugin folders, and which backend runs an experiment: plugin
// workloads in a child parabench-cli (ProcessRunController), so a crash fails only that run.
#include "ui/mainwindow.h"

#include "core/run/plugins.h"
#include "core/run/processruncontroller.h"
#include "core/run/runcontroller.h"
#include "ui/configpanel.h"
#include "ui/pluginsettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace pb::ui {

void MainWindow::buildPluginFileActions(QMenu *file)
{
    QAction *load =
        file->addAction(tr("Load workload &plugin…"), this, &MainWindow::loadPluginDialog);
    load->setObjectName(QStringLiteral("loadPluginAction"));
    load->setToolTip(tr("Load a workload plugin (.so) built with the ParaBench SDK; it is "
                        "loaded again at the next start"));
    QAction *forget = file->addAction(tr("Forget workload plugins"), this, [this] {
        PluginSettings::setFiles({});
        statusBar()->showMessage(tr("The loaded plugins stay until you quit; they will not be "
                                    "loaded at the next start."));
    });
    forget->setObjectName(QStringLiteral("forgetPluginsAction"));
}

void MainWindow::buildPluginRunActions(QMenu *run)
{
    run->addSeparator();
    m_separateProcessAction = run->addAction(tr("Run every workload in a separate &process"));
    m_separateProcessAction->setObjectName(QStringLiteral("separateProcessAction"));
    m_separateProcessAction->setCheckable(true);
    m_separateProcessAction->setChecked(PluginSettings::separateProcessForAll());
    m_separateProcessAction->setToolTip(
        tr("Plugin workloads always run in a child parabench-cli, so a crash cannot take the app "
           "down; this does the same for the built-in workloads"));
    connect(m_separateProcessAction, &QAction::toggled, this,
            [](bool on) { PluginSettings::setSeparateProcessForAll(on); });
}

pb::RunBackend *MainWindow::backendFor(const pb::RunConfig &config) const
{
    const bool isolate = pb::workloadPlugin(config.workload).has_value() ||
                         (m_separateProcessAction && m_separateProcessAction->isChecked());
    return isolate ? static_cast<pb::RunBackend *>(m_processController)
                   : static_cast<pb::RunBackend *>(m_inProcess);
}

bool MainWindow::loadPlugin(const QString &path, QString *error)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    QString warning;
    // A plugin whose loading crashes the app is skipped at the next start (loadStartPlugins).
    PluginSettings::setLoading(file);
    const bool ok = pb::loadWorkloadPlugin(file, error, &warning);
    PluginSettings::setLoading({});
    if (!ok)
        return false;
    PluginSettings::remember(file);
    m_config->reloadWorkloads();
    const QStringList ids = pb::pluginWorkloadIds(QFileInfo(file).canonicalFilePath());
    if (!ids.isEmpty())
        m_config->selectWorkload(ids.constFirst());
    statusBar()->showMessage(
        warning.isEmpty()
            ? tr("Loaded workload plugin %1: %2").arg(file, ids.join(QStringLiteral(", ")))
            : warning);
    return true;
}

void MainWindow::loadPluginDialog()
{
    const QString start = PluginSettings::files().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(PluginSettings::files().constLast()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Load workload plugin"), start,
                                                      tr("Workload plugins (*.so);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadPlugin(path, &error))
        m_reportError(tr("Cannot load the plugin"), error);
}

void MainWindow::loadStartPlugins()
{
    // Never a dialog at start: what could not be loaded is listed in the status bar and in
    // Help → Diagnostics.
    const QString crashed = PluginSettings::loading();
    PluginSettings::setLoading({});
    QStringList remembered = PluginSettings::files();
    if (!crashed.isEmpty()) {
        remembered.removeAll(crashed);
        PluginSettings::setFiles(remembered);
        m_pluginNotes << tr("skipped %1: ParaBench stopped while loading it last time (load it "
                            "again with File → Load workload plugin…)")
                             .arg(crashed);
    }
    const auto loadAtStart = [this, &crashed](const QString &file) {
        if (file == crashed)
            return;
        QString error, warning;
        PluginSettings::setLoading(file);
        if (!pb::loadWorkloadPlugin(file, &error, &warning))
            m_pluginNotes << error;
        else if (!warning.isEmpty())
            m_pluginNotes << warning;
        PluginSettings::setLoading({});
    };
    for (const QString &file : remembered)
        loadAtStart(file);
    for (const QString &folder : pb::pluginSearchFolders()) {
        const QFileInfoList found =
            QDir(folder).entryInfoList({QStringLiteral("*.so")}, QDir::Files, QDir::Name);
        for (const QFileInfo &f : found)
            if (!remembered.contains(f.absoluteFilePath()))
                loadAtStart(f.absoluteFilePath());
    }
    m_config->reloadWorkloads();
    if (m_pluginNotes.isEmpty())
        return;
    const QString note = m_pluginNotes.size() == 1
                             ? tr("Workload plugin not loaded: %1").arg(m_pluginNotes.constFirst())
                             : tr("%n workload plugin(s) not loaded; see Help → Diagnostics.",
                                  nullptr, int(m_pluginNotes.size()));
    // After the constructor's own "Ready" message.
    QTimer::singleShot(0, this, [this, note] { statusBar()->showMessage(note); });
}

} // namespace pb::ui
