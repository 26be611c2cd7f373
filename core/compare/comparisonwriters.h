#pragma once

#include "core/compare/comparison.h"

#include <QByteArray>

#include <optional>

namespace pb {

/// Comparison output formats: "txt" (readable table), "md" (a pull-request comment), "csv"
/// (one row per cell), "json" (everything, documented in docs/compare.md).
QStringList comparisonFormatIds();

/// The comparisons (each NEW against BASE) in a format; nullopt for an unknown format id.
std::optional<QByteArray> writeComparisons(const QString &formatId,
                                           const QList<Comparison> &comparisons,
                                           const CompareOptions &options);

// One function per format (comparisontext.cpp, comparisonmarkdown.cpp, comparisoncsv.cpp,
// comparisonjson.cpp).
QByteArray comparisonText(const QList<Comparison> &comparisons, const CompareOptions &options);
QByteArray comparisonMarkdown(const QList<Comparison> &comparisons, const CompareOptions &options);
QByteArray comparisonCsv(const QList<Comparison> &comparisons, const CompareOptions &options);
QByteArray comparisonJson(const QList<Comparison> &comparisons, const CompareOptions &options);

} // namespace pb
