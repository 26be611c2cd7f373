#pragma once

#include <QDir>
#include <QString>

namespace pb::ui {

class MainWindow;

// Tooling for the docs and visual checks (parabench --screenshot-after-run).

/// Exports what a user would from File → Export after the run (time, speedup and efficiency
/// charts as PNG, SVG and PDF; the result as JSON, CSV and Markdown) into dir.
bool exportEverything(const MainWindow &window, const QDir &dir);

/// Runs the configured experiment, grabs the window into path and exports its charts and data
/// into the screenshot's folder, then quits the application (exit code 0 on success).
void screenshotAfterRun(MainWindow &window, const QString &path);

} // namespace pb::ui
