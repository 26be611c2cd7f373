#pragma once

#include "core/model/result.h"

#include <QStringList>

namespace pb {

/// What differs between two results besides the measurements, worded for a warning above the
/// comparison table: workload, size, build type (a Debug or sanitizer build is flagged even
/// when both sides share it), machine (host, CPU model, logical cores), and settings that
/// change timings (chunk size, repetitions, warm-up, parameters, Qt, compiler). Comparing
/// across any of these is allowed; the reader must know.
QStringList mismatchWarnings(const RunResult &base, const RunResult &next);

} // namespace pb
