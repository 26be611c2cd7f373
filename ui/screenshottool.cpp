#include "ui/screenshottool.h"

#include "ui/chartpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace pb::ui {

namespace {

const QList<QPair<ChartKind, QString>> &chartFiles()
{
    static const QList<QPair<ChartKind, QString>> charts{
        {ChartKind::Time, QStringLiteral("time")},
        {ChartKind::Speedup, QStringLiteral("speedup")},
        {ChartKind::Efficiency, QStringLiteral("efficiency")},
        {ChartKind::Granularity, QStringLiteral("granularity")},
        {ChartKind::Change, QStringLiteral("change")},
        {ChartKind::Machines, QStringLiteral("machines")}};
    return charts;
}

} // namespace

bool exportFigures(const MainWindow &window, const QDir &dir, const FigureFormat &figure,
                   QString *error)
{
    int written = 0;
    for (const auto &[kind, name] : chartFiles()) {
        if (!window.chartPanel()->hasData(kind))
            continue;
        for (const char *ext : {"png", "svg", "pdf"}) {
            const QString path = dir.filePath(name + QLatin1Char('.') + QLatin1String(ext));
            if (!window.exportChart(kind, path, figure, error))
                return false;
            ++written;
        }
    }
    if (written == 0)
        *error = QStringLiteral("No chart has data to export.");
    return written > 0;
}

int exportFiguresCommand(const QStringList &files, const QString &dir, const QString &formatId,
                         const QString &baseline)
{
    const std::optional<FigureFormat> figure = FigureFormat::preset(formatId);
    if (!figure) {
        QStringList ids;
        for (const FigureFormat &f : FigureFormat::presets())
            ids << f.id;
        fprintf(stderr, "parabench: unknown --figure-format \"%s\" (use %s)\n",
                qPrintable(formatId), qPrintable(ids.join(QStringLiteral(", "))));
        return 2;
    }
    if (files.isEmpty()) {
        fprintf(stderr, "parabench: --export-figures needs result files to read, e.g. "
                        "parabench result.json --export-figures figures/\n");
        return 2;
    }
    MainWindow window; // never shown; no run folder, so the user's kept runs stay out
    // Messages go to stderr; a folder's skipped non-result files are listed but not fatal.
    window.setErrorReporter([](const QString &, const QString &message) {
        fprintf(stderr, "parabench: %s\n", qPrintable(message));
    });
    bool readable = baseline.isEmpty() || window.openBaselineFile(baseline);
    for (const QString &f : files)
        readable =
            (QFileInfo(f).isDir() ? window.openFolder(f) : window.openResultFile(f)) && readable;
    if (!readable)
        return 2;
    QString error;
    if (!exportFigures(window, QDir(dir), *figure, &error)) {
        fprintf(stderr, "parabench: %s\n", qPrintable(error));
        return 1;
    }
    fprintf(stderr, "charts of %lld file(s) exported into %s (%s)\n",
            static_cast<long long>(files.size()), qPrintable(dir), qPrintable(figure->name));
    return 0;
}

bool exportEverything(const MainWindow &window, const QDir &dir)
{
    bool ok = true;
    QString error;
    const FigureFormat screen = *FigureFormat::preset(QStringLiteral("screen"));
    for (const auto &[kind, name] : chartFiles()) {
        if (kind == ChartKind::Change || kind == ChartKind::Machines)
            continue; // the docs images show a run, not a comparison
        if (kind == ChartKind::Granularity && !window.chartPanel()->hasData(kind))
            continue; // only after a sweep
        for (const char *ext : {"png", "svg", "pdf"})
            ok =
                window.exportChart(kind, dir.filePath(name + QLatin1Char('.') + QLatin1String(ext)),
                                   screen, &error) &&
                ok;
    }
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
