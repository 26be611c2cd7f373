#pragma once

#include "result.h"

namespace pb {

/// Derives everything that is computed from samples: each cell's statistics (against the
/// serial baseline), the Amdahl fit per strategy and the measurement warnings (appended to
/// `runnerWarnings`, which the runner itself raised).
void analyzeResult(RunResult &result, const QList<Warning> &runnerWarnings = {});

} // namespace pb
