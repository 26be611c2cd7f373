#include "core/cli/streamcommand.h"

#include "core/cli/console.h"
#include "core/cli/exitcode.h"
#include "core/cli/interruptwatcher.h"
#include "core/run/streamprotocol.h"

namespace pb {

int runStreamExperiment(const CliOptions &opts)
{
    CancelToken cancel;
    InterruptWatcher watcher(cancel);
    Runner::Callbacks cb;
    cb.progress = [](const Progress &p) { printOutput(streamProgressLine(p)); };
    cb.cellFinished = [](const RunResult &partial) { printOutput(streamCellLine(partial)); };
    const RunResult result = Runner::run(opts.config, cancel, cb);
    printOutput(streamResultLine(result));
    if (result.status == RunStatus::Failed)
        printError(QStringLiteral("parabench-cli: %1").arg(result.error));
    const int signal = watcher.signalNumber();
    return result.status == RunStatus::Canceled || signal != 0 ? exitCodeForSignal(signal)
                                                               : exitCodeFor(result);
}

} // namespace pb
