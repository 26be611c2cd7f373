#pragma once

#include "core/io/resultio.h"

namespace pb {

/// A GitHub-flavoured Markdown report: title, system line, one table row per cell, Amdahl
/// fits and warnings. For pasting into issues and lab notes.
class MarkdownWriter final : public ResultWriter
{
public:
    QString formatId() const override { return QStringLiteral("md"); }
    QString extension() const override { return QStringLiteral("md"); }
    QByteArray write(const RunResult &result) const override;

    /// Makes text safe inside a table cell: escapes '|' and folds line breaks.
    static QString cell(QString text);
};

} // namespace pb
