#include "core/stats/granularity.h"

namespace pb {

const CellResult *bestChunkCell(const RunResult &result)
{
    if (result.config.chunkSweep.isEmpty())
        return nullptr;
    const CellResult *best = nullptr;
    for (const CellResult &c : result.cells)
        if (c.strategy != QLatin1String("serial") && c.chunkSize > 0 && c.error.isEmpty() &&
            c.stats.medianNs > 0 && (!best || c.stats.medianNs < best->stats.medianNs))
            best = &c;
    return best;
}

qint64 bestChunkSize(const RunResult &result)
{
    const CellResult *best = bestChunkCell(result);
    return best ? best->chunkSize : 0;
}

} // namespace pb
