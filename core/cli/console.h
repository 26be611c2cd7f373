#pragma once

#include "core/run/runner.h"

#include <QByteArray>
#include <QString>

namespace pb {

// What parabench-cli prints besides the result itself.

/// Writes one line to stderr.
void printError(const QString &text);
/// Writes bytes to stdout and flushes.
void printOutput(const QByteArray &bytes);
/// The --list text: every workload and strategy with its description.
QByteArray listText();
/// Rewrites the progress line on stderr (a terminal): percentage, cell, repetition, ETA.
void printProgress(const Progress &p);
/// Clears the progress line.
void clearProgress();

} // namespace pb
