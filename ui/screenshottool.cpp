#include "ui/screenshottool.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace pb::ui {

bool exportEverything(const MainWindow &window, const QDir &dir)
{
    const QList<QPair<ChartKind, QString>> charts{
        {ChartKind::Time, QStringLiteral("time")},
        {ChartKind::Speedup, QStringLiteral("speedup")},
        {ChartKind::Efficiency, QStringLiteral("efficiency")}};
    bool ok = true;
    QString error;
    for (const auto &[kind, name] : charts)
        for (const char *ext : {"png", "svg", "pdf"})
            ok =
                window.exportChart(kind, dir.filePath(name + QLatin1Char('.') + QLatin1String(ext)),
                                   QSize(1600, 1000), &error) &&
                ok;
    for (const char *format : {"json", "csv", "md"})
        ok = window.exportData(dir.filePath(QStringLiteral("result.") + QLatin1String(format)),
                               QLatin1String(format), &error) &&
             ok;
    if (!ok)
        fprintf(stderr, "export failed: %s\n", qPrintable(error));
    return ok;
}

void screenshotAfterRun(MainWindow &window, const QString &path)
{
    QObject::connect(&window, &MainWindow::runFinished, &window, [&window, path] {
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

} // namespace pb::ui
