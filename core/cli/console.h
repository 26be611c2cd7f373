#pragma once

#include "core/run/runner.h"

#include <QByteArray>
#include <QString>

namespace pb {

// What parabench-cli prints besides the result itself.

/// Writes one line to stderr.
void printError(const QString &text);
/// Writes bytes to stdout and flushes. A failure (a full device, a closed stdout) is remembered
/// for finishStandardOutput.
void printOutput(const QByteArray &bytes);
/// Opens /dev/null on file descriptors 0-2 where they are closed, so that no file the program
/// opens later takes their place (and receives the output meant for stdout), and remembers that
/// stdout was closed. Call first in main().
void protectStandardStreams();
/// Flushes stdout and checks it. When anything written to it was lost, prints "cannot write to
/// standard output: <reason>" and returns ExitOutputFailed if `exitCode` was ExitOk; otherwise
/// returns `exitCode`. Call last in main().
int finishStandardOutput(int exitCode);
/// The --list text: every workload and strategy with its description.
QByteArray listText();
/// Rewrites the progress line on stderr (a terminal): percentage, cell, repetition, ETA.
void printProgress(const Progress &p);
/// Clears the progress line.
void clearProgress();

} // namespace pb
