// ParaBench desktop app: parses the command line and shows the main window.
#include "core/sysinfo.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>
#include <QTimer>

namespace {

/// Hidden option for docs and visual checks: run the configured experiment, grab the window.
void screenshotAfterRun(pb::ui::MainWindow &window, const QString &path)
{
    QObject::connect(&window, &pb::ui::MainWindow::runFinished, &window, [&window, path] {
        // Let the charts and table repaint with the final result before grabbing.
        QTimer::singleShot(500, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            fprintf(stderr, ok ? "screenshot saved to %s\n" : "could not save %s\n",
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
    QCommandLineOption screenshot(QStringLiteral("screenshot-after-run"),
                                  QStringLiteral("Run the configuration, save a window PNG, quit."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    pb::ui::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon()); // loaded from :/parabench.svg
    for (const QString &file : parser.positionalArguments())
        window.openResultFile(file);
    window.show();
    if (parser.isSet(screenshot))
        screenshotAfterRun(window, parser.value(screenshot));
    return app.exec();
}
