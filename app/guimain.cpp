// ParaBench desktop app: parses the command line and shows the main window.
#include "core/sys/cputime.h"
#include "core/sys/sysinfo.h"
#include "ui/appcommandline.h"
#include "ui/mainwindow.h"
#include "ui/runstore.h"
#include "ui/screenshottool.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char **argv)
{
    // Drawing live charts is not part of any measured run's CPU time (docs/measurement.md).
    const pb::cputime::ExcludeThisThread guiThreadNotMeasured;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ParaBench"));
    QApplication::setApplicationName(QStringLiteral("ParaBench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ParaBench"));
    QApplication::setApplicationVersion(pb::parabenchVersion());
    QApplication::setDesktopFileName(QStringLiteral("io.github.parabench.ParaBench"));

    pb::ui::AppCommandLine args;
    args.process(app);

    if (args.hasExportFigures())
        return pb::ui::exportFiguresCommand(args.files(), args.exportFiguresDir(),
                                            args.figureFormat(), args.baselinePath());

    pb::ui::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon()); // loaded from :/parabench.svg
    if (!args.hasScreenshot())                        // docs images start from an empty list
        window.setRunFolder(pb::ui::RunStore::defaultFolder()); // the last session's runs
    // Shown first, so a file that is refused is reported over the window, not in its place.
    window.show();
    if (!args.baselinePath().isEmpty())
        window.openBaselineFile(args.baselinePath()); // a refused file is reported in the window
    for (const QString &file : args.files()) {
        if (QFileInfo(file).isDir())
            window.openFolder(file); // every result in it
        else
            window.openResultFile(file);
    }
    if (args.hasConfig() && !window.loadConfigFrom(args.configPath()))
        return 2;
    if (args.hasScreenshot()) {
        window.resize(1600, 1000); // a fixed size makes the docs images comparable
        pb::ui::screenshotAfterRun(window, args.screenshotPath());
    }
    return app.exec();
}
