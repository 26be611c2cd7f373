#pragma once

#include "core/cli/clioptions.h"

namespace pb {

// The commands parabench-cli runs once its options are parsed; each returns the exit code.

/// Runs the experiment (Ctrl-C cancels), prints the result and writes the requested files.
int runExperiment(const CliOptions &opts);
/// --check-machine: calibration with a verdict on stdout.
int runMachineCheckCommand(const CliOptions &opts);

} // namespace pb
