#pragma once

#include "core/io/resultio.h"

namespace pb {

/// Writes a result in Google Benchmark's JSON format (what --benchmark_out_format=json
/// writes), so Google Benchmark's tools/compare.py and other GB readers take ParaBench runs:
/// a context (date, host_name, executable, num_cpus, mhz_per_cpu, cpu_scaling_enabled,
/// caches, load_avg, library_build_type, json_schema_version 1, plus parabench_* facts) and
/// per cell one entry per timed repetition (iterations 1, real_time = the wall time of the
/// whole map, cpu_time = the process CPU time of it) followed by the mean, median, stddev and
/// cv aggregates. Times in nanoseconds in every file, so two exports always share the unit
/// compare.py requires (ParaBench's timings are all well above 100 ns).
/// Names: gbenchCellName() ("primes/size:30000/mapped/real_time/threads:2").
/// docs/gbench.md documents every field.
class GbenchWriter final : public ResultWriter
{
public:
    QString formatId() const override { return QStringLiteral("gbench"); }
    QString extension() const override { return QStringLiteral("json"); }
    QByteArray write(const RunResult &result) const override;
};

} // namespace pb
