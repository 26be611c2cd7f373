#pragma once

#include "core/compare/comparison.h"
#include "core/model/result.h"

namespace pb {

/// The key of a cell of a result (see CellKey).
CellKey cellKey(const RunResult &result, const CellResult &cell);

/// Cells of two results paired by key, in BASE's order; duplicates of a key within one result
/// keep the first (and are reported).
struct CellMatch
{
    QList<QPair<const CellResult *, const CellResult *>> common; ///< (base, new)
    QList<const CellResult *> onlyInBase, onlyInNew;
    QStringList duplicates; ///< "BASE has mapped @2 twice"
};

CellMatch matchCells(const RunResult &base, const RunResult &next);

} // namespace pb
