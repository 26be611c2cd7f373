// ParaBench desktop app: parses the command line and shows the main window.
#include "core/sys/sysinfo.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QTimer>

namespace {

/// Exports what a user would from File → Export after the run, next to the screenshot.
bool exportEverything(const pb::ui::MainWindow &window, const QDir &dir)
{
    using pb::ui::ChartKind;
    const QList<QPair<ChartKind, QString>> charts{
        {ChartKind::Time, QStringLiteral("time")},
        {ChartKind::Speedup, QStringLiteral("speedup")},
        {ChartKind::Efficiency, QStringLiteral("efficiency")}};
    bool ok = true;
    QString error;
    for (const auto &[kind, name] : charts)
        for (const char *ext : {"png", "svg", "pdf"})
            ok = window.exportChart(kind, dir.filePath(name + '.' + ext), QSize(1600, 1000),
                                    &error) &&
                 ok;
    for (const char *format : {"json", "csv", "md"})
        ok = window.exportData(dir.filePath(QStringLiteral("result.") + format), format, &error) &&
             ok;
    if (!ok)
        fprintf(stderr, "export failed: %s\n", qPrintable(error));
    return ok;
}

/// Hidden option for docs and visual checks: run the configured experiment, grab the window
/// and export its charts and data into the screenshot's folder.
void screenshotAfterRun(pb::ui::MainWindow &window, const QString &path)
{
    QObject::connect(&window, &pb::ui::MainWindow::runFinished, &window, [&window, path] {
        // Let the charts and table repaint with the final result before grabbing.
        QTimer::singleShot(500, &window, [&window, path] {
            const bool ok =
                window.grab().save(path) && exportEverything(window, QFileInfo(path).absoluteDir());
            fprintf(stderr,
                    ok ? "screenshot and exports saved next to %s\n" : "could not save %s\n",
                    qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    });
    QTimer::singleShot(300, &window, [&window] {
        QString error;
        if (!window.startRun(&error)) {
            fprintf(stderr, "cannot run: %s\n", qPrintable(error));
            QApplication::exit(1);
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ParaBench"));
    QApplication::setApplicationName(QStringLiteral("ParaBench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ParaBench"));
    QApplication::setApplicationVersion(pb::parabenchVersion());
    QApplication::setDesktopFileName(QStringLiteral("parabench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks serial and QtConcurrent parallel maps and charts the speedup."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("ParaBench JSON results to open."),
                                 QStringLiteral("[file.json...]"));
    QCommandLineOption config(QStringLiteral("config"),
                              QStringLiteral("Load the experiment settings of a result JSON (e.g. "
                                             "one from parabench-cli) to re-run it here."),
                              QStringLiteral("result.json"));
    parser.addOption(config);
    QCommandLineOption screenshot(QStringLiteral("screenshot-after-run"),
                                  QStringLiteral("Run the configuration, save a window PNG and "
                                                 "export charts and data beside it, quit."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    pb::ui::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon()); // loaded from :/parabench.svg
    for (const QString &file : parser.positionalArguments())
        window.openResultFile(file);
    if (parser.isSet(config) && !window.loadConfigFrom(parser.value(config)))
        return 2;
    window.show();
    if (parser.isSet(screenshot)) {
        window.resize(1600, 1000); // a fixed size makes the docs images comparable
        screenshotAfterRun(window, parser.value(screenshot));
    }
    return app.exec();
}
