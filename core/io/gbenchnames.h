#pragma once

#include <QString>

#include <optional>

namespace pb {

/// The parts of a benchmark name ParaBench writes into Google Benchmark JSON.
struct GbenchCellName
{
    QString workload;
    qint64 size = 0;
    QString strategy;
    qint64 chunk = 0; ///< only for granularity sweeps (0 = not in the name)
    int threads = 1;
};

/// "primes/size:30000/mapped/real_time/threads:2" (sweeps: ".../chunked/chunk:64/real_time/
/// threads:2"). Size before strategy and threads last, so compare.py's filters mode can pair
/// "serial/real_time/threads:1" with "mapped/real_time/threads:2(?![0-9])" per size.
QString gbenchCellName(const GbenchCellName &parts);
/// The reverse for names in that scheme; nullopt for any other name.
std::optional<GbenchCellName> parseGbenchCellName(const QString &name);

/// A Google Benchmark run name without its "/threads:N" suffix (the family of a thread
/// sweep), and N (1 when absent).
QString gbenchFamilyName(const QString &runName, int *threads = nullptr);

} // namespace pb
