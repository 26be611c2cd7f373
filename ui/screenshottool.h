#pragma once

#include "ui/figureformat.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace pb::ui {

class MainWindow;

// Tooling for the docs and visual checks (parabench --screenshot-after-run).

/// Exports what a user would from File → Export after the run (time, speedup and efficiency
/// charts as PNG, SVG and PDF; the result as JSON, CSV and Markdown) into dir.
bool exportEverything(const MainWindow &window, const QDir &dir);

/// Writes every chart that has data (time.png/.svg/.pdf, speedup…, efficiency…,
/// granularity…, change… with a baseline, machines…) into dir in the given format; false + *error
/// at the first failure, or when no chart has data.
bool exportFigures(const MainWindow &window, const QDir &dir, const FigureFormat &figure,
                   QString *error);

/// parabench FILE|DIR... --export-figures DIR [--figure-format ID] [--baseline FILE]: opens the
/// files and folders (no stored runs, no window), the baseline first, exports their charts and
/// returns the exit code: 0, 1 when an export failed, 2 for a bad format, no file or a file
/// that cannot be read (message on stderr).
int exportFiguresCommand(const QStringList &files, const QString &dir, const QString &formatId,
                         const QString &baseline = {});

/// Runs the configured experiment, grabs the window into path and exports its charts and data
/// into the screenshot's folder, then quits the application (exit code 0 on success).
void screenshotAfterRun(MainWindow &window, const QString &path);

} // namespace pb::ui
