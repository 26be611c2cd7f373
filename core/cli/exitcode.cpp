#include "core/cli/exitcode.h"

namespace pb {

int exitCodeForSignal(int signal)
{
    return signal > 0 ? 128 + signal : ExitCanceled;
}

int exitCodeFor(const RunResult &r)
{
    if (r.status == RunStatus::Canceled)
        return ExitCanceled;
    if (r.status == RunStatus::Failed)
        return r.workloadFault ? ExitUsage : ExitRunFailed;
    bool otherError = false;
    for (const CellResult &c : r.cells) {
        if (c.errorKind == CellErrorKind::Verification)
            return ExitVerifyFailed;
        otherError = otherError || !c.error.isEmpty();
    }
    return otherError ? ExitRunFailed : ExitOk;
}

} // namespace pb
