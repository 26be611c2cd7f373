#include "core/cli/commands.h"

#include "core/cli/console.h"
#include "core/cli/exitcode.h"
#include "core/cli/interruptwatcher.h"
#include "core/io/resultio.h"
#include "core/run/machinecheck.h"
#include "core/run/runner.h"

#include <unistd.h>

namespace pb {

namespace {

QString interruptedText(int signal)
{
    return signal > 0
               ? QStringLiteral("interrupted by %1").arg(InterruptWatcher::signalName(signal))
               : QStringLiteral("interrupted");
}

/// Writes every requested file (one failing does not stop the others). False when any failed.
bool writeOutputs(const CliOptions &opts, const RunResult &result)
{
    bool allWritten = true;
    for (const auto &[format, path] : opts.outputs) {
        QString error;
        if (!writeResultFile(result, path, format, &error)) {
            printError(QStringLiteral("parabench-cli: %1").arg(error));
            allWritten = false;
        }
    }
    return allWritten;
}

} // namespace

int runExperiment(const CliOptions &opts)
{
    CancelToken cancel;
    InterruptWatcher watcher(cancel);
    const bool showProgress = !opts.quiet && isatty(STDERR_FILENO);
    Runner::Callbacks cb;
    if (showProgress)
        cb.progress = printProgress;
    const RunResult result = Runner::run(opts.config, cancel, cb);
    if (showProgress)
        clearProgress();
    // A signal that arrives after the last cell still means "stop": nothing is written.
    const int signal = watcher.signalNumber();
    if (result.status == RunStatus::Failed && result.cells.isEmpty() && signal == 0) {
        printError(QStringLiteral("parabench-cli: %1").arg(result.error));
        return exitCodeFor(result);
    }
    printOutput(writerFor(opts.stdoutFormat)->write(result));
    if (result.status == RunStatus::Canceled || signal != 0) {
        printError(
            QStringLiteral("parabench-cli: %1; no files written").arg(interruptedText(signal)));
        return exitCodeForSignal(signal);
    }
    const bool written = writeOutputs(opts, result);
    if (result.status == RunStatus::Failed)
        printError(QStringLiteral("parabench-cli: %1").arg(result.error));
    return written ? exitCodeFor(result) : int(ExitOutputFailed);
}

int runMachineCheckCommand(const CliOptions &opts)
{
    CancelToken cancel;
    InterruptWatcher watcher(cancel);
    const MachineCheck check =
        runMachineCheck(cancel, opts.quiet ? std::function<void(const QString &)>() : printError);
    if (!check.completed) {
        printError(QStringLiteral("parabench-cli: %1").arg(formatMachineCheck(check).trimmed()));
        return check.error.isEmpty() ? exitCodeForSignal(watcher.signalNumber()) : ExitRunFailed;
    }
    printOutput(formatMachineCheck(check).toUtf8());
    return ExitOk;
}

} // namespace pb
