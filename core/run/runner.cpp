#include "core/run/runner.h"
#include "core/run/validation.h"

#include "core/run/runsession.h"

namespace pb {

RunResult Runner::run(const RunConfig &config, CancelToken &cancel, const Callbacks &cb)
{
    RunResult result;
    result.config = config;
    const QString error = validateConfig(config);
    if (!error.isEmpty()) {
        result.status = RunStatus::Failed;
        result.error = error;
        return result;
    }
    RunSession session(config, cancel, cb);
    return session.run();
}

} // namespace pb
