#pragma once

#include "core/model/result.h"
#include "ui/chartkind.h"
#include "ui/runentry.h"
#include "ui/stallprobe.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;

namespace pb {
class RunController;
struct Progress;
} // namespace pb

namespace pb::ui {

class ChartPanel;
class ConfigPanel;
class MachineCheckDialog;
class ResultsView;
class RunList;

/// The ParaBench desktop window: configuration on the left, charts over the results table in
/// the centre, the session's runs on the right. Runs go through RunController off the GUI
/// thread; every public method here is also what the tests drive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows an error to the user. Tests replace it so no modal dialog blocks them.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConfigPanel *configPanel() const { return m_config; }
    ChartPanel *chartPanel() const { return m_charts; }
    ResultsView *resultsView() const { return m_results; }
    RunList *runList() const { return m_runs; }
    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    /// Starts the configured experiment. False (and *error) when invalid or already running.
    bool startRun(QString *error = nullptr);
    void cancelRun();
    bool isRunning() const;
    /// Processes events until the current run finished; false on timeout.
    bool waitForRunFinished(int timeoutMs);

    /// Loads a JSON result into the run list; reports and returns false when it is refused.
    bool openResultFile(const QString &path);
    /// Puts the configuration stored in a result JSON into the panel (to re-run it here).
    bool loadConfigFrom(const QString &path);
    /// Puts the selected run's configuration into the panel.
    void useSelectedRunConfig();
    /// Writes the selected run as "csv", "json" or "md" atomically.
    bool exportData(const QString &path, const QString &formatId, QString *error) const;
    bool exportChart(ChartKind kind, const QString &path, const QSize &size, QString *error) const;

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
    MachineCheckDialog *machineCheckDialog() const { return m_machineCheck; }

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
    void restoreSettings();
    void updateActions();
    void updateCharts();
    void showRun(int id);
    void onProgress(const pb::Progress &progress);
    void onCellFinished(const pb::RunResult &partial);
    void onFinished(const pb::RunResult &result);
    void showBanner(int runId, const QString &text);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void openFileDialog();
    void exportDataDialog(const QString &formatId);
    void exportChartDialog(const QString &formatId);
    void showAbout();
    void showDiagnostics();

    ConfigPanel *m_config = nullptr;
    ChartPanel *m_charts = nullptr;
    ResultsView *m_results = nullptr;
    RunList *m_runs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_banner = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_checkAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    pb::RunController *m_controller = nullptr;
    StallProbe *m_stallProbe = nullptr;
    MachineCheckDialog *m_machineCheck = nullptr;
    QElapsedTimer m_runClock;
    int m_liveId = -1;
    int m_bannerRunId = -1;
    bool m_canceling = false;
    QStringList m_recentFiles;
    ErrorReporter m_reportError;
};

} // namespace pb::ui
