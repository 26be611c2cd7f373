#pragma once

#include "core/io/resultio.h"

namespace pb {

/// The CLI's console report: an aligned table (median, CI, speedup, efficiency, Karp–Flatt,
/// status per cell), then Amdahl fits, warnings and a short legend for newcomers.
class TextWriter final : public ResultWriter
{
public:
    QString formatId() const override { return QStringLiteral("txt"); }
    QString extension() const override { return QStringLiteral("txt"); }
    QByteArray write(const RunResult &result) const override;

    /// Pads every column to its widest cell; columns flagged in rightAlign are right-aligned
    /// (numbers), the last column is never padded.
    static QString alignColumns(const QList<QStringList> &rows, const QList<bool> &rightAlign);
};

} // namespace pb
