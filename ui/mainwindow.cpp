#include "ui/mainwindow.h"

#include "core/model/units.h"
#include "core/run/processruncontroller.h"
#include "core/run/registry.h"
#include "core/run/runcontroller.h"
#include "core/sys/sysinfo.h"
#include "ui/chartbuilder.h"
#include "ui/chartpanel.h"
#include "ui/configpanel.h"
#include "ui/gbenchscalingbar.h"
#include "ui/helpdialog.h"
#include "ui/machinecheckdialog.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"
#include "ui/runstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// Resources compiled into a static library need an explicit initializer (outside namespaces).
static void initParabenchResources()
{
    Q_INIT_RESOURCE(parabench);
}

namespace pb::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_inProcess(new pb::RunController(this)),
      m_processController(new pb::ProcessRunController(this)), m_controller(m_inProcess),
      m_stallProbe(new StallProbe(10, this))
{
    initParabenchResources();
    qRegisterMetaType<pb::Progress>();
    qRegisterMetaType<pb::RunResult>();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ParaBench"));
    setWindowIcon(QIcon(QStringLiteral(":/parabench.svg")));
    setAcceptDrops(true);
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    defaultPrompts();
    buildCentre();
    buildDocks();
    buildActions();
    buildMenus();

    for (pb::RunBackend *backend : {static_cast<pb::RunBackend *>(m_inProcess),
                                    static_cast<pb::RunBackend *>(m_processController)}) {
        connect(backend, &pb::RunBackend::progressChanged, this, &MainWindow::onProgress);
        connect(backend, &pb::RunBackend::cellFinished, this, &MainWindow::onCellFinished);
        connect(backend, &pb::RunBackend::finished, this, &MainWindow::onFinished);
    }
    connect(m_config, &ConfigPanel::validityChanged, this, &MainWindow::updateActions);
    connect(m_config, &ConfigPanel::configChanged, this, &MainWindow::updateActions);
    connect(m_config, &ConfigPanel::runRequested, this, &MainWindow::requestRun);
    connect(m_charts, &ChartPanel::chartsChanged, this, &MainWindow::updateExportActions);
    connect(m_runs, &RunList::runsChanged, this, &MainWindow::updateCharts);
    connect(m_runs, &RunList::currentRunChanged, this, &MainWindow::showRun);
    connect(m_runs, &RunList::removeRequested, this, &MainWindow::removeRun);

    loadStartPlugins(); // before the settings: the last configuration may use a plugin workload
    restoreSettings();
    showRun(m_runs->currentRunId()); // nothing selected yet: export disabled
    updateActions();
    updateExportActions();
    statusBar()->showMessage(
        tr("Ready: press Run (Ctrl+R or F5) to measure, or open a saved result."));
}

MainWindow::~MainWindow()
{
    // Join the worker before the widgets its queued results would reach are gone.
    if (m_controller->isRunning()) {
        m_controller->cancel();
        m_controller->wait();
    }
    disconnect(m_inProcess, nullptr, this, nullptr);
    disconnect(m_processController, nullptr, this, nullptr);
}

void MainWindow::buildCentre()
{
    m_charts = new ChartPanel(this);
    m_charts->setObjectName(QStringLiteral("chartPanel"));
    m_results = new ResultsView(this);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("centreSplitter"));
    m_splitter->addWidget(m_charts);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The chart is the point of the window: docks shrink before it gets narrower than this.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_charts->setMinimumSize(30 * em, 14 * fontMetrics().lineSpacing());

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("warningBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid "
                                           "#e0a0a0; border-radius: 4px; padding: 6px;"));
    m_banner->hide();

    m_scalingBar = new GbenchScalingBar(this);
    connect(m_scalingBar, &GbenchScalingBar::scalingChosen, this, &MainWindow::onScalingChosen);

    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_scalingBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(centre);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    statusBar()->addPermanentWidget(m_progressText);
    statusBar()->addPermanentWidget(m_progress);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoRemoveButton"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(tr("Bring the removed run back (Ctrl+Z)"));
    m_undoButton->hide();
    statusBar()->addWidget(m_undoButton); // beside the "Removed …" message
    connect(m_undoButton, &QToolButton::clicked, this, &MainWindow::undoRemove);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (!message.startsWith(tr("Removed")))
            m_undoButton->hide();
    });
}

void MainWindow::buildDocks()
{
    m_config = new ConfigPanel(this);
    m_config->setObjectName(QStringLiteral("configPanel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_config);
    scroll->setWidgetResizable(true);
    // Narrower than its contents, the panel scrolls sideways instead of cutting buttons off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Docked, it is never narrower than its contents (no sideways scrolling unless floated).
    scroll->setMinimumWidth(m_config->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() +
                            2 * scroll->frameWidth());
    auto *configDock = new QDockWidget(tr("Experiment"), this);
    configDock->setObjectName(QStringLiteral("configDock"));
    configDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    configDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, configDock);

    m_runs = new RunList(this);
    m_runs->setObjectName(QStringLiteral("runList"));
    auto *runDock = new QDockWidget(tr("Runs"), this);
    runDock->setObjectName(QStringLiteral("runDock"));
    runDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    runDock->setWidget(m_runs);
    addDockWidget(Qt::RightDockWidgetArea, runDock);
}

void MainWindow::buildActions()
{
    m_runAction =
        new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run"), this);
    m_runAction->setObjectName(QStringLiteral("runAction"));
    m_runAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    // Menus show only the first shortcut; a tab in the text names both.
    m_runAction->setText(tr("&Run") + QLatin1Char('\t') +
                         m_runAction->shortcuts().at(0).toString(QKeySequence::NativeText) +
                         QStringLiteral(", ") +
                         m_runAction->shortcuts().at(1).toString(QKeySequence::NativeText));
    m_runAction->setIconText(tr("Run"));
    m_runAction->setToolTip(tr("Run the experiment (Ctrl+R, F5, or Enter in the panel)"));
    connect(m_runAction, &QAction::triggered, this, [this] {
        QString error;
        if (!startRun(&error) && !error.isEmpty())
            m_reportError(tr("Cannot run"), error);
    });
    m_cancelAction =
        new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setToolTip(tr("Stop the run, keeping the cells measured so far (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);
    m_openAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open result…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                 tr("&Export data…"), this);
    m_exportAction->setToolTip(tr("Save the selected run as JSON"));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { exportDataDialog(QStringLiteral("json")); });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_runAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_openAction);
    bar->addAction(m_exportAction);
    QAction *exportChart =
        bar->addAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), tr("Export &chart…"),
                       this, [this] { exportChartDialog(QStringLiteral("png")); });
    exportChart->setToolTip(tr("Save the visible chart as PNG, SVG or PDF"));
    m_exportChartActions << exportChart;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    QAction *openFolder = file->addAction(tr("Open &folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setObjectName(QStringLiteral("openFolderAction"));
    openFolder->setToolTip(tr("Open every result in a folder (ParaBench or Google Benchmark "
                              "JSON), e.g. one file per machine"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QMenu *data = file->addMenu(tr("Export &data as"));
    for (const auto &[id, label] : {std::pair{"csv", "CSV…"},
                                    {"json", "JSON…"},
                                    {"md", "Markdown…"},
                                    {"gbench", "Google Benchmark JSON…"}})
        data->addAction(tr(label), this,
                        [this, id = QString::fromLatin1(id)] { exportDataDialog(id); });
    QMenu *chart = file->addMenu(tr("Export &chart as"));
    for (const char *id : {"png", "svg", "pdf"})
        m_exportChartActions << chart->addAction(
            QString::fromLatin1(id).toUpper() + QStringLiteral("…"), this,
            [this, id = QString::fromLatin1(id)] { exportChartDialog(id); });
    file->addSeparator();
    buildPluginFileActions(file); // mainwindowplugins.cpp
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo remove"), this, &MainWindow::undoRemove);
    m_undoAction->setObjectName(QStringLiteral("undoRemoveAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runAction);
    run->addAction(m_cancelAction);
    m_useRunAction =
        run->addAction(tr("&Use selected run's settings"), this, &MainWindow::useSelectedRunConfig);
    m_useRunAction->setObjectName(QStringLiteral("useRunSettingsAction"));
    m_useRunAction->setToolTip(tr("Load the configuration of the selected run, to change one "
                                  "thing and compare"));
    run->addSeparator();
    m_checkAction = run->addAction(tr("Check this &machine"), this, &MainWindow::checkMachine);
    m_checkAction->setToolTip(
        tr("Calibration: a fixed-cost workload that should scale with the cores"));
    buildPluginRunActions(run);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *howTo = help->addAction(tr("&How to read the results"), this, &MainWindow::showHelp);
    howTo->setObjectName(QStringLiteral("helpAction"));
    howTo->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&Developer diagnostics"), this, &MainWindow::showDiagnostics)
        ->setToolTip(tr("Figures about ParaBench itself (GUI responsiveness during the last "
                        "run), not about your measurement"));
    help->addAction(tr("&About ParaBench"), this, &MainWindow::showAbout);
}

bool MainWindow::isRunning() const
{
    return m_liveId >= 0;
}

void MainWindow::updateActions()
{
    // A calibration and a benchmark must not share the CPUs.
    const bool checking = m_machineCheck && m_machineCheck->isRunning();
    m_runAction->setEnabled(!isRunning() && !checking && m_config->isRunnable());
    // A greyed Run says why in its tooltip (the panel says it too).
    m_runAction->setStatusTip(m_config->isRunnable() ? QString() : m_config->problem());
    m_runAction->setToolTip(m_config->isRunnable() || isRunning()
                                ? tr("Run the experiment (Ctrl+R, F5, or Enter in the panel)")
                                : tr("Cannot run: %1").arg(m_config->problem()));
    if (m_checkAction)
        m_checkAction->setEnabled(!isRunning());
    if (m_useRunAction) {
        const RunEntry *entry = m_runs->run(m_runs->currentRunId());
        m_useRunAction->setEnabled(entry && !isRunning());
    }
    m_cancelAction->setEnabled(isRunning() && !m_canceling);
}

void MainWindow::showBanner(int runId, const QString &text)
{
    // The banner belongs to one run: showRun() hides it while another run is selected.
    m_bannerRunId = runId;
    m_banner->setText(text);
    m_banner->setVisible(m_runs->currentRunId() == runId);
}

void MainWindow::updateCharts()
{
    // The table shows what the charts show: the ticked runs.
    const QList<RunEntry> visible = m_runs->visibleRuns();
    m_charts->setRuns(m_runs->runs()); // the charts show the ticked ones; Change needs the baseline
    const RunEntry *current = m_runs->run(m_runs->currentRunId());
    m_results->setRuns(visible, current ? current->id : -1, current ? current->label : QString());
    m_results->setChangeColumns(changeColumns());
    m_scalingBar->showFor(current);
}

void MainWindow::showRun(int id)
{
    m_banner->setVisible(id >= 0 && id == m_bannerRunId && !m_banner->text().isEmpty());
    const RunEntry *entry = m_runs->run(id);
    m_results->setRuns(m_runs->visibleRuns(), entry ? id : -1, entry ? entry->label : QString());
    m_results->setChangeColumns(changeColumns());
    m_scalingBar->showFor(entry);
    m_exportAction->setEnabled(entry != nullptr);
    updateActions();
}

void MainWindow::requestRun()
{
    if (m_runAction->isEnabled()) {
        m_runAction->trigger();
        return;
    }
    QString why = m_config->problem();
    if (isRunning())
        why = tr("a run is already in progress");
    else if (m_machineCheck && m_machineCheck->isRunning())
        why = tr("the machine check is running");
    statusBar()->showMessage(tr("Cannot run: %1").arg(why), 8000);
}

void MainWindow::updateExportActions()
{
    const bool has = m_charts->hasData(m_charts->currentChart());
    for (QAction *a : std::as_const(m_exportChartActions)) {
        a->setEnabled(has);
        a->setToolTip(has ? tr("Save the visible chart as PNG, SVG or PDF")
                          : tr("Nothing to export: the %1 chart is empty")
                                .arg(ChartBuilder::kindName(m_charts->currentChart())));
    }
}

QString MainWindow::diagnosticsText() const
{
    const StallStats s = m_stallProbe->last();
    QString intro = tr("Developer diagnostics: how ParaBench itself behaved, not your "
                       "measurement.\n\n");
    if (!m_pluginNotes.isEmpty())
        intro += tr("Workload plugins not loaded at start:\n%1\n\n")
                     .arg(m_pluginNotes.join(QLatin1Char('\n')));
    if (s.ticks == 0)
        return intro + tr("No run measured yet in this session.");
    return intro +
           tr("Event-loop responsiveness during the last run (10 ms probe timer, %1 ticks):\n"
              "p99 lateness %2 ms, worst %3 ms (of which the GUI thread itself was busy %4 ms; "
              "the rest is the machine running other work).\nAbove ~50 ms the window feels "
              "sluggish.")
               .arg(s.ticks)
               .arg(s.p99Ms, 0, 'f', 1)
               .arg(s.worstMs, 0, 'f', 1)
               .arg(s.worstBusyMs, 0, 'f', 1);
}

void MainWindow::showDiagnostics()
{
    QMessageBox::information(this, tr("Developer diagnostics"), diagnosticsText());
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->show(); // not modal: read it beside the charts
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ParaBench"),
                       tr("<h3>ParaBench %1</h3><p>Measures how a map scales with QtConcurrent: "
                          "serial baseline, parallel strategies, verified outputs, repeated "
                          "timings with confidence intervals, speedup and efficiency.</p>"
                          "<p>Qt %2 · %3 · %4 build</p>")
                           .arg(pb::parabenchVersion(), QString::fromLatin1(qVersion()),
                                pb::compilerName(), pb::buildTypeName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        // Cancel is checked at block boundaries; waiting here keeps shutdown orderly.
        statusBar()->showMessage(tr("Canceling the run before closing…"));
        m_controller->cancel();
        m_controller->wait();
        // Deliver the run's queued last result now, so the canceled run is kept like any other.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    saveRunIndex(); // ticks may have changed
    saveSettings();
    event->accept();
}

} // namespace pb::ui
