// ParaBench desktop app: parses the command line and shows the main window.
#include "core/sys/sysinfo.h"
#include "ui/mainwindow.h"
#include "ui/screenshottool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
        pb::ui::screenshotAfterRun(window, parser.value(screenshot));
    }
    return app.exec();
}
