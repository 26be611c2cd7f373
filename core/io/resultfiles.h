#pragma once

#include "core/io/gbenchimport.h"
#include "core/model/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pb {

/// The result file formats ParaBench reads.
enum class ResultFileFormat { Parabench, GoogleBenchmark };

/// "ParaBench JSON" / "Google Benchmark JSON".
QString resultFileFormatName(ResultFileFormat f);

/// A result read from a file of either format.
struct LoadedResult
{
    QString path;
    ResultFileFormat format = ResultFileFormat::Parabench;
    RunResult result;
    bool hasThreadSweep = false; ///< Google Benchmark: a family ran at several thread counts
    bool scalingMatters = false; ///< ... without counters: split vs per-thread decides
    bool aggregatesOnly = false; ///< Google Benchmark: no per-repetition entries
};

/// Reads a ParaBench result or a Google Benchmark JSON file (told apart by their content);
/// `scaling` applies to Google Benchmark thread sweeps without counters.
std::optional<LoadedResult> loadResultFile(const QString &path, ThreadScaling scaling,
                                           QString *error);

/// Every result file in a folder (not recursive, sorted by name); anything else is skipped
/// with the reason, never fatal.
struct FolderLoad
{
    QList<LoadedResult> results;
    QList<QPair<QString, QString>> skipped; ///< (file name, why)
};
/// *error only when the folder itself cannot be read.
std::optional<FolderLoad> loadResultFolder(const QString &dir, ThreadScaling scaling,
                                           QString *error);

} // namespace pb
