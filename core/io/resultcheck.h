#pragma once

#include "core/model/result.h"

namespace pb {

/// Limits on what a result document may hold beyond its JSON types (docs/json-format.md).
namespace resultlimits {
constexpr int kMaxIdChars = 64;          ///< workload, strategy, warning code, parameter name
constexpr int kMaxShortTextChars = 256;  ///< one-line facts: workloadName, system strings
constexpr int kMaxParams = 64;           ///< config.params members
constexpr int kMaxWorkerCount = 1 << 20; ///< a worker count beyond this is not a measurement
constexpr qsizetype kMaxCells = 100000;
constexpr qsizetype kMaxWarnings = 100000;
} // namespace resultlimits

/// Refuses a typed RunResult whose values cannot all be true at once, or that are implausible
/// enough to be an attack on whoever displays them: identifiers that are not short
/// identifiers, cells of strategies or worker counts the configuration does not list, a cell
/// without samples and without an error, duplicate cells, an error kind without a message.
/// False and "field: what" in *error (e.g. "cells[3].workers: 8 is not in config.workers
/// [1, 2, 4]").
bool checkResultConsistency(const RunResult &result, QString *error);

} // namespace pb
