#include "ui/mainwindow.h"

#include "core/model/units.h"
#include "core/run/registry.h"
#include "core/run/runcontroller.h"
#include "core/sys/sysinfo.h"
#include "ui/chartpanel.h"
#include "ui/configpanel.h"
#include "ui/machinecheckdialog.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"

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
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

// Resources compiled into a static library need an explicit initializer (outside namespaces).
static void initParabenchResources()
{
    Q_INIT_RESOURCE(parabench);
}

namespace pb::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new pb::RunController(this)),
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
    buildCentre();
    buildDocks();
    buildActions();
    buildMenus();

    connect(m_controller, &pb::RunController::progressChanged, this, &MainWindow::onProgress);
    connect(m_controller, &pb::RunController::cellFinished, this, &MainWindow::onCellFinished);
    connect(m_controller, &pb::RunController::finished, this, &MainWindow::onFinished);
    connect(m_config, &ConfigPanel::validityChanged, this, &MainWindow::updateActions);
    connect(m_runs, &RunList::runsChanged, this, &MainWindow::updateCharts);
    connect(m_runs, &RunList::currentRunChanged, this, &MainWindow::showRun);

    restoreSettings();
    showRun(m_runs->currentRunId()); // nothing selected yet: export disabled
    updateActions();
    statusBar()->showMessage(tr("Ready: press Run (F5) to measure, or open a saved result."));
}

MainWindow::~MainWindow()
{
    // Join the worker before the widgets its queued results would reach are gone.
    if (m_controller->isRunning()) {
        m_controller->cancel();
        m_controller->wait();
    }
    disconnect(m_controller, nullptr, this, nullptr);
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

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("warningBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid "
                                           "#e0a0a0; border-radius: 4px; padding: 6px;"));
    m_banner->hide();

    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
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
}

void MainWindow::buildDocks()
{
    m_config = new ConfigPanel(this);
    m_config->setObjectName(QStringLiteral("configPanel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_config);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
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
    m_runAction->setShortcut(Qt::Key_F5);
    m_runAction->setToolTip(tr("Run the experiment (F5)"));
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
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QMenu *data = file->addMenu(tr("Export &data as"));
    for (const auto &[id, label] :
         {std::pair{"csv", "CSV…"}, {"json", "JSON…"}, {"md", "Markdown…"}})
        data->addAction(tr(label), this,
                        [this, id = QString::fromLatin1(id)] { exportDataDialog(id); });
    QMenu *chart = file->addMenu(tr("Export &chart as"));
    for (const char *id : {"png", "svg", "pdf"})
        chart->addAction(QString::fromLatin1(id).toUpper() + QStringLiteral("…"), this,
                         [this, id = QString::fromLatin1(id)] { exportChartDialog(id); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runAction);
    run->addAction(m_cancelAction);
    run->addAction(tr("&Use selected run's settings"), this, &MainWindow::useSelectedRunConfig)
        ->setToolTip(tr("Load the configuration of the selected run, to change one thing and "
                        "compare"));
    run->addSeparator();
    m_checkAction = run->addAction(tr("Check this &machine"), this, &MainWindow::checkMachine);
    m_checkAction->setToolTip(
        tr("Calibration: a fixed-cost workload that should scale with the cores"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Diagnostics"), this, &MainWindow::showDiagnostics);
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
    if (m_checkAction)
        m_checkAction->setEnabled(!isRunning());
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
    m_charts->setRuns(m_runs->visibleRuns());
}

void MainWindow::showRun(int id)
{
    m_banner->setVisible(id >= 0 && id == m_bannerRunId && !m_banner->text().isEmpty());
    const RunEntry *entry = m_runs->run(id);
    if (entry)
        m_results->setResult(entry->result);
    else
        m_results->clear();
    m_exportAction->setEnabled(entry != nullptr);
}

QString MainWindow::diagnosticsText() const
{
    const StallStats s = m_stallProbe->last();
    if (s.ticks == 0)
        return tr("No run measured yet in this session.");
    return tr("Event-loop responsiveness during the last run (10 ms probe timer, %1 ticks):\n"
              "p99 lateness %2 ms, worst %3 ms.\nAbove ~50 ms the window feels sluggish.")
        .arg(s.ticks)
        .arg(s.p99Ms, 0, 'f', 1)
        .arg(s.worstMs, 0, 'f', 1);
}

void MainWindow::showDiagnostics()
{
    QMessageBox::information(this, tr("Diagnostics"), diagnosticsText());
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
    }
    saveSettings();
    event->accept();
}

} // namespace pb::ui
