#pragma once

#include "core/cli/clioptions.h"

namespace pb {

/// --stream: runs the experiment and writes the JSON-lines stream of core/run/streamprotocol.h
/// to standard output (progress, each finished cell, the final result; no files). SIGINT,
/// SIGTERM and SIGHUP cancel as in a normal run, and the final message still follows. Returns
/// the exit code of a normal run.
int runStreamExperiment(const CliOptions &opts);

} // namespace pb
