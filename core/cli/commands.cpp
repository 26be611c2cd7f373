#include "core/cli/commands.h"

#include "core/cli/console.h"
#include "core/cli/exitcode.h"
#include "core/cli/interruptwatcher.h"
#include "core/io/resultio.h"
#include "core/run/machinecheck.h"
#include "core/run/runner.h"

#include <unistd.h>

namespace pb {

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
    if (result.status == RunStatus::Failed && result.cells.isEmpty()) {
        printError(QStringLiteral("parabench-cli: %1").arg(result.error));
        return ExitRunFailed;
    }
    printOutput(writerFor(opts.stdoutFormat)->write(result));
    if (result.status == RunStatus::Canceled) {
        printError(QStringLiteral("parabench-cli: interrupted; no files written"));
        return ExitCanceled;
    }
    for (const auto &[format, path] : opts.outputs) {
        QString error;
        if (!writeResultFile(result, path, format, &error)) {
            printError(QStringLiteral("parabench-cli: %1").arg(error));
            return ExitOutputFailed;
        }
    }
    if (result.status == RunStatus::Failed)
        printError(QStringLiteral("parabench-cli: %1").arg(result.error));
    return exitCodeFor(result);
}

int runMachineCheckCommand(const CliOptions &opts)
{
    CancelToken cancel;
    InterruptWatcher watcher(cancel);
    const MachineCheck check =
        runMachineCheck(cancel, opts.quiet ? std::function<void(const QString &)>() : printError);
    if (!check.completed) {
        printError(QStringLiteral("parabench-cli: %1").arg(formatMachineCheck(check).trimmed()));
        return check.error.isEmpty() ? ExitCanceled : ExitRunFailed;
    }
    printOutput(formatMachineCheck(check).toUtf8());
    return ExitOk;
}

} // namespace pb
