#pragma once

#include "core/cli/compareoptions.h"

namespace pb {

/// `parabench-cli compare`: loads BASE and every NEW, compares each NEW with BASE, prints the
/// comparison and writes the requested files. Exit codes (docs/compare.md): 0 compared, no
/// cell beyond the gate; 2 bad input (unreadable file, mixed formats, no common cells; nothing
/// is written); 3 an output file could not be written; 5 the gate failed.
int runCompareCommand(const SubcommandOptions &opts);

/// `parabench-cli report`: prints each file (ParaBench or Google Benchmark JSON) in the
/// chosen format. 0, or 2 when a file cannot be read (nothing is printed for any file).
int runReportCommand(const SubcommandOptions &opts);

/// Parses and runs a subcommand; the process exit code.
int runSubcommand(const QStringList &arguments);

} // namespace pb
