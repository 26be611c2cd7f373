#pragma once

#include "core/model/result.h"

namespace pb {

/// Exit codes of parabench-cli (documented in the README).
enum CliExit {
    ExitOk = 0,
    ExitRunFailed = 1,    ///< the run or a cell failed (kernel threw, out of memory, threads)
    ExitUsage = 2,        ///< bad command line or configuration; nothing was run
    ExitOutputFailed = 3, ///< a result file could not be written
    ExitVerifyFailed = 4, ///< a parallel output differed from serial
    ExitRegression = 5,   ///< compare: a cell regressed beyond --fail-on-regression
    ExitCanceled = 130,   ///< interrupted by SIGINT (Ctrl-C); no files written
};

/// The exit code after a signal stopped the run: 128 + its number, as a shell reports a process
/// the signal killed (SIGINT 130, SIGHUP 129, SIGTERM 143); ExitCanceled for 0 (a cancel
/// without a signal).
int exitCodeForSignal(int signal);

/// The exit code for a finished run: canceled 130, failed 1 (2 when the workload broke its
/// contract, e.g. its input generator returned the wrong number of items), a verification
/// mismatch in any cell 4 (it wins over other cell errors), another cell error 1, else 0.
int exitCodeFor(const RunResult &result);

} // namespace pb
