#pragma once

#include "core/model/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pb {

/// One entry of a Google Benchmark JSON file's "benchmarks" array, times converted to ns.
struct GbenchEntry
{
    QString name;
    QString runName;        ///< run_name, or the name without the aggregate suffix
    bool aggregate = false; ///< run_type "aggregate"
    QString aggregateName;  ///< "mean", "median", "stddev", "cv", ...
    int familyIndex = -1, instanceIndex = -1, repetitionIndex = -1; ///< -1 when absent
    int repetitions = 0;
    int threads = 1;
    double iterations = 0;
    double realNs = 0, cpuNs = 0; ///< per iteration, as Google Benchmark reports them
    double itemsPerSecond = -1, bytesPerSecond = -1; ///< -1 when absent
    bool error = false;
    QString errorMessage;
    int order = 0; ///< position in the file
};

/// A parsed Google Benchmark JSON document.
struct GbenchFile
{
    SystemInfo system;          ///< from "context" (what Google Benchmark records)
    QString executable;         ///< context.executable
    QString libraryBuildType;   ///< context.library_build_type ("debug" on Debian 12's library)
    bool fromParabench = false; ///< written by ParaBench (context.parabench_version)
    QString parabenchWorkload;
    QStringList timeUnits;      ///< units seen, in order of first use
    QList<GbenchEntry> entries; ///< sorted like compare.py: family, instance, repetition
};

/// True when the document looks like Google Benchmark output (a "benchmarks" array and no
/// ParaBench "format" marker).
bool isGbenchDocument(const QJsonObject &root);

/// Parses a Google Benchmark JSON document. Refuses, with the entry and field named: a missing
/// benchmarks array, a json_schema_version other than 1, entries without a name, time unit or
/// times, unknown time units, and negative or non-finite times. Errored entries
/// (error_occurred) are kept with error set.
std::optional<GbenchFile> parseGbench(const QJsonObject &root, QString *error);

/// When QJsonDocument refused bytes because of a bare NaN or Infinity (which Google Benchmark
/// writes for a counter it could not compute), a message that says so; else empty.
QString gbenchNanMessage(const QByteArray &bytes, qsizetype errorOffset);

} // namespace pb
