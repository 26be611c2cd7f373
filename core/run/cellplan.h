#pragma once

#include "core/model/runconfig.h"

#include <QList>

namespace pb {

class Strategy;

/// One cell of a run: what is measured, in measuring order.
struct CellPlan
{
    const Strategy *strategy = nullptr; ///< from the registry (lives as long as the program)
    int workers = 1;
    qint64 chunkSize = 0; ///< sweep: fixed chunk size; 0 = from the config or automatic
    qint64 size = 0;      ///< items this cell measures

    bool operator==(const CellPlan &) const = default;
};

/// The cells a run measures: one full set per size (increasing), each with its serial baseline
/// first. Without a chunk sweep: every parallel
/// strategy at every worker count (worker counts outer, strategies in the listed order). With
/// a sweep: "chunked" once per chunk size at the first worker count. Strategies the registry
/// does not know are left out (validateConfig reports them). The runner measures exactly these
/// cells; the app counts them for its run-time estimate.
QList<CellPlan> planCells(const RunConfig &config);

} // namespace pb
