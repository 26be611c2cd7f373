#include "core/compare/cellmatch.h"

namespace pb {
namespace {

/// First cell per key, in order; later duplicates are named in *duplicates.
QList<QPair<CellKey, const CellResult *>> uniqueCells(const RunResult &r, const QString &side,
                                                      QStringList *duplicates)
{
    QList<QPair<CellKey, const CellResult *>> out;
    for (const CellResult &c : r.cells) {
        const CellKey key = cellKey(r, c);
        bool seen = false;
        for (const auto &[k, cell] : out)
            seen = seen || k == key;
        if (seen)
            duplicates->append(QStringLiteral("%1 has %2 more than once; the first is compared")
                                   .arg(side, key.label(true)));
        else
            out.append({key, &c});
    }
    return out;
}

} // namespace

CellKey cellKey(const RunResult &result, const CellResult &cell)
{
    CellKey k;
    k.workload = result.config.workload;
    k.size = cell.size > 0 ? cell.size : result.config.size;
    k.strategy = cell.strategy;
    k.workers = cell.workers;
    k.chunk = result.config.chunkSweep.isEmpty() ? 0 : cell.chunkSize;
    return k;
}

CellMatch matchCells(const RunResult &base, const RunResult &next)
{
    CellMatch m;
    const auto baseCells = uniqueCells(base, QStringLiteral("BASE"), &m.duplicates);
    const auto newCells = uniqueCells(next, QStringLiteral("NEW"), &m.duplicates);
    QList<bool> newUsed(newCells.size(), false);
    for (const auto &[key, cell] : baseCells) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < newCells.size() && found < 0; ++i)
            if (newCells[i].first == key)
                found = i;
        if (found < 0) {
            m.onlyInBase.append(cell);
            continue;
        }
        newUsed[found] = true;
        m.common.append(qMakePair(cell, newCells[found].second));
    }
    for (qsizetype i = 0; i < newCells.size(); ++i)
        if (!newUsed[i])
            m.onlyInNew.append(newCells[i].second);
    return m;
}

} // namespace pb
