#pragma once

#include "core/io/gbenchimport.h"
#include "core/model/result.h"
#include "ui/changecolumns.h"
#include "ui/chartkind.h"
#include "ui/figureformat.h"
#include "ui/runentry.h"
#include "ui/stallprobe.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace pb {
class ProcessRunController;
class RunBackend;
class RunController;
struct Progress;
struct RunConfig;
} // namespace pb

namespace pb::ui {

class ChartPanel;
class GbenchScalingBar;
class ConfigPanel;
class RunStore;
class HelpDialog;
class MachineCheckDialog;
class ResultsView;
class RunList;

/// The ParaBench desktop window: configuration on the left, charts over the results table in
/// the centre, the session's runs on the right. Runs go through RunController off the GUI
/// thread, or through ProcessRunController in a child parabench-cli for plugin workloads (a
/// crash fails only that run); every public method here is also what the tests drive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows an error to the user. Tests replace it so no modal dialog blocks them.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    enum class DiscardChoice { Save, Discard, Cancel };
    /// The questions the window asks before losing data. Tests replace them (no modal dialogs).
    struct Prompts
    {
        /// "Discard run …?": Save (then discard), Discard or Cancel.
        std::function<DiscardChoice(const QString &title, const QString &text)> discard;
        /// A file to save a run into as JSON; empty = canceled.
        std::function<QString(const QString &suggestedName)> savePath;
        /// A folder to save several runs into; empty = canceled.
        std::function<QString()> saveFolder;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConfigPanel *configPanel() const { return m_config; }
    ChartPanel *chartPanel() const { return m_charts; }
    ResultsView *resultsView() const { return m_results; }
    RunList *runList() const { return m_runs; }
    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *useRunSettingsAction() const { return m_useRunAction; }
    /// File → Export chart as… and the toolbar's Export chart: disabled while the chart is empty.
    QList<QAction *> exportChartActions() const { return m_exportChartActions; }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }

    /// Keeps the run list in `folder` from now on (RunStore) and restores the runs kept there
    /// before; the app passes RunStore::defaultFolder(). Without it runs are not kept.
    void setRunFolder(const QString &folder);
    QString runFolder() const;
    /// What restoring skipped (unreadable files), one line each.
    QStringList restoreNotes() const { return m_restoreNotes; }
    /// Remove with the questions a user gets: a run measured here and never saved asks
    /// "Discard run …?" first. Undo brings it back. False when canceled or unknown.
    bool removeRun(int id);
    /// Brings back the run removed last, where it was. False when there is none.
    bool undoRemove();
    QAction *undoAction() const { return m_undoAction; }

    /// Starts the configured experiment. False (and *error) when invalid or already running.
    bool startRun(QString *error = nullptr);
    void cancelRun();
    bool isRunning() const;
    /// Processes events until the current run finished; false on timeout.
    bool waitForRunFinished(int timeoutMs);

    /// Loads a JSON result into the run list; reports and returns false when it is refused.
    bool openResultFile(const QString &path);
    /// Opens every result (ParaBench or Google Benchmark JSON) in a folder; any other file is
    /// skipped and listed, never fatal. False when nothing could be opened.
    bool openFolder(const QString &dir);
    /// Makes a run the baseline of the Change chart and the table's change columns (-1 clears).
    void setBaselineRun(int id);
    /// Opens a result file and makes it the baseline (parabench --baseline FILE); false, with
    /// the reader's message reported, when it cannot be opened.
    bool openBaselineFile(const QString &path);
    /// Writes every ticked run into dir, one file per run named after its label; all or
    /// nothing (files written before a failure are removed).
    bool exportCheckedRuns(const QString &dir, const QString &formatId, QString *error,
                           QStringList *written = nullptr) const;
    GbenchScalingBar *scalingBar() const { return m_scalingBar; }
    /// Puts the configuration stored in a result JSON into the panel (to re-run it here).
    bool loadConfigFrom(const QString &path);
    /// Puts the selected run's configuration into the panel.
    void useSelectedRunConfig();
    /// Writes the selected run as "csv", "json" or "md" atomically.
    bool exportData(const QString &path, const QString &formatId, QString *error) const;
    bool exportChart(ChartKind kind, const QString &path, const QSize &size, QString *error) const;
    bool exportChart(ChartKind kind, const QString &path, const FigureFormat &figure,
                     QString *error) const;

    // mainwindowplugins.cpp: workload plugins.
    /// Loads a workload plugin (File → Load workload plugin…), remembers it for the next start
    /// and selects its workload. False with *error (the loader's specific message).
    bool loadPlugin(const QString &path, QString *error);
    /// What loading the remembered plugins and the plugin folders at start skipped, one line
    /// each (also in Help → Diagnostics).
    QStringList pluginNotes() const { return m_pluginNotes; }
    /// The backend of plugin workloads (tests point it at a parabench-cli).
    pb::ProcessRunController *processController() const { return m_processController; }

    /// Event-loop lateness during the last run (see StallProbe).
    StallStats lastStallStats() const { return m_stallProbe->last(); }
    QString diagnosticsText() const;
    QStringList recentFiles() const { return m_recentFiles; }
    /// Writes configuration, layout and recent files to QSettings (also done on close).
    void saveSettings() const;

public slots:
    /// Opens the calibration dialog (pb::runMachineCheck with the spin workload, off the GUI
    /// thread); its scaling run joins the run list.
    void checkMachine();
    void showHelp();
    MachineCheckDialog *machineCheckDialog() const { return m_machineCheck; }
    /// Help → How to read the results (created on first use; nullptr before).
    HelpDialog *helpDialog() const { return m_help; }

signals:
    void runFinished(const pb::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildCentre();
    void buildDocks();
    void buildActions();
    void buildMenus();
    /// Docks keep their pixel width when the window shrinks or a layout saved on a larger
    /// screen is restored: cap them so the chart keeps its minimum width (mainwindowlayout.cpp).
    void fitDocksToWindow();
    void applyFirstLaunchDockWidths();
    /// Enter in the experiment panel: run, or say in the status bar why not.
    void requestRun();
    void updateExportActions();
    void restoreSettings();
    void updateActions();
    void updateCharts();
    void showRun(int id);
    // mainwindowsession.cpp: the run list kept between sessions, discard questions, undo.
    void keepRun(int id);
    void saveRunIndex();
    bool saveRunAs(int id);
    /// Before closing: unsaved runs (ones that could not be kept) are offered for saving.
    bool confirmClose();
    bool isUnsaved(const RunEntry &entry) const;
    void defaultPrompts();
    void onProgress(const pb::Progress &progress);
    void onCellFinished(const pb::RunResult &partial);
    void onFinished(const pb::RunResult &result);
    void showBanner(int runId, const QString &text);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void openFileDialog();
    // mainwindowcompare.cpp: either file format, folders, the baseline, thread-sweep readings.
    int addLoadedResult(const pb::LoadedResult &loaded, pb::ThreadScaling scaling);
    void openFolderDialog();
    ChangeColumns changeColumns() const;
    void onScalingChosen(int runId, pb::ThreadScaling scaling);
    void exportDataDialog(const QString &formatId);
    void exportChartDialog(const QString &formatId);
    void showAbout();
    void showDiagnostics();
    void buildPluginFileActions(QMenu *file);
    void buildPluginRunActions(QMenu *run);
    /// The in-process controller, or the child process for plugin workloads (and for all when
    /// Run → Run every workload in a separate process is on).
    pb::RunBackend *backendFor(const pb::RunConfig &config) const;
    void loadPluginDialog();
    /// At start: the remembered plugins and the plugin folders; never a dialog.
    void loadStartPlugins();

    ConfigPanel *m_config = nullptr;
    ChartPanel *m_charts = nullptr;
    ResultsView *m_results = nullptr;
    RunList *m_runs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_banner = nullptr;
    GbenchScalingBar *m_scalingBar = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_useRunAction = nullptr;
    QList<QAction *> m_exportChartActions;
    QMenu *m_recentMenu = nullptr;
    pb::RunController *m_inProcess = nullptr;
    pb::ProcessRunController *m_processController = nullptr;
    pb::RunBackend *m_controller = nullptr; ///< the backend of the current or last run
    QAction *m_separateProcessAction = nullptr;
    QStringList m_pluginNotes;
    StallProbe *m_stallProbe = nullptr;
    MachineCheckDialog *m_machineCheck = nullptr;
    HelpDialog *m_help = nullptr;
    QElapsedTimer m_runClock;
    int m_liveId = -1;
    int m_bannerRunId = -1;
    bool m_canceling = false;
    QStringList m_recentFiles;
    ErrorReporter m_reportError;
    Prompts m_prompts;
    std::unique_ptr<RunStore> m_store;
    QStringList m_restoreNotes;
    struct RemovedRun
    {
        RunEntry entry;
        int position = 0;
    };
    QList<RemovedRun> m_removed; ///< undo stack of Remove
    QAction *m_undoAction = nullptr;
    QToolButton *m_undoButton = nullptr; ///< "Undo" beside the status message after a Remove
};

} // namespace pb::ui
