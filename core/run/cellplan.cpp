#include "core/run/cellplan.h"

#include "core/run/registry.h"

namespace pb {

namespace {

/// A full set of cells measuring `size` items; a size sweep appends one set per size.
void appendCellsForSize(const RunConfig &config, qint64 size, QList<CellPlan> &plan)
{
    if (const Strategy *serial = findStrategy(QStringLiteral("serial")))
        plan.append({serial, 1, 0, size});
    if (!config.chunkSweep.isEmpty()) {
        const Strategy *chunked = findStrategy(QStringLiteral("chunked"));
        if (!chunked || config.workers.isEmpty())
            return;
        for (qint64 c : config.chunkSweep)
            plan.append({chunked, config.workers.constFirst(), c, size});
        return;
    }
    for (int w : config.workers)
        for (const QString &id : config.strategies)
            if (const Strategy *s = findStrategy(id); s && id != QLatin1String("serial"))
                plan.append({s, w, 0, size});
}

} // namespace

QList<CellPlan> planCells(const RunConfig &config)
{
    QList<CellPlan> plan;
    for (qint64 size : measuredSizes(config))
        appendCellsForSize(config, size, plan);
    return plan;
}

} // namespace pb
