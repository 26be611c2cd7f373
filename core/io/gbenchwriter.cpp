#include "core/io/gbenchwriter.h"

#include "core/io/gbenchnames.h"
#include "core/stats/statistics.h"
#include "core/sys/cpucaches.h"
#include "core/sys/sysinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cmath>

namespace pb {

using namespace Qt::Literals::StringLiterals;

namespace {

/// Caches and clock are facts about this machine: written only when the result was measured
/// here (ParaBench does not store them); elsewhere Google Benchmark's "unknown" values.
bool measuredHere(const SystemInfo &s)
{
    return !s.hostname.isEmpty() && s.hostname == QSysInfo::machineHostName();
}

QJsonObject context(const RunResult &r, bool cpuKnown)
{
    const SystemInfo &s = r.system;
    const bool here = measuredHere(s);
    QJsonArray caches;
    if (here)
        for (const CpuCache &c : readCpuCaches())
            caches.append(QJsonObject{{u"type"_s, c.type},
                                      {u"level"_s, c.level},
                                      {u"size"_s, QJsonValue(c.sizeBytes)},
                                      {u"num_sharing"_s, c.numSharing}});
    QJsonArray load;
    if (s.loadAverage1 >= 0)
        load.append(s.loadAverage1); // ParaBench records the 1-minute average only
    const QString governor = s.cpuGovernor;
    return {{u"date"_s, s.date.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s},
            {u"host_name"_s, s.hostname},
            {u"executable"_s, u"parabench "_s + s.parabenchVersion},
            {u"num_cpus"_s, s.logicalCores},
            {u"mhz_per_cpu"_s, here ? readCpuMhz() : 0},
            {u"cpu_scaling_enabled"_s,
             !governor.isEmpty() && governor != u"unknown"_s && governor != u"performance"_s},
            {u"caches"_s, caches},
            {u"load_avg"_s, load},
            {u"library_build_type"_s,
             isOptimizedBuildType(s.buildType) && !s.sanitized ? u"release"_s : u"debug"_s},
            {u"json_schema_version"_s, 1},
            {u"parabench_version"_s, s.parabenchVersion},
            {u"parabench_workload"_s, r.config.workload},
            {u"parabench_build_type"_s, s.buildType + (s.sanitized ? u" + sanitizers"_s : u""_s)},
            {u"parabench_cpu_model"_s, s.cpuModel},
            {u"parabench_cpu_time"_s, cpuKnown ? u"process CPU time of the timed map, all threads"_s
                                               : u"not measured: cpu_time repeats real_time"_s}};
}

struct Family
{
    QString workload, strategy;
    qint64 chunk = 0;
    bool operator==(const Family &) const = default;
};

struct Writer
{
    const RunResult &r;
    QString unit;
    double perUnit = 1; ///< ns per unit
    QJsonArray entries;
    QList<Family> families;
    QList<int> instances; ///< per family: instances written so far

    void cell(const CellResult &c);
    void aggregates(const QJsonObject &base, const QList<double> &real, const QList<double> &cpu,
                    const QList<double> &ips);
};

void Writer::cell(const CellResult &c)
{
    const bool sweep = !r.config.chunkSweep.isEmpty();
    const Family f{r.config.workload, c.strategy, sweep ? c.chunkSize : 0};
    qsizetype family = families.indexOf(f);
    if (family < 0) {
        families.append(f);
        instances.append(0);
        family = families.size() - 1;
    }
    const qint64 size = c.size > 0 ? c.size : r.config.size;
    const QString name = gbenchCellName({f.workload, size, f.strategy, f.chunk, c.workers});
    const int n = int(c.samplesNs.size());
    QJsonObject base{{u"name"_s, name},
                     {u"family_index"_s, int(family)},
                     {u"per_family_instance_index"_s, instances[family]++},
                     {u"run_name"_s, name},
                     {u"run_type"_s, u"iteration"_s},
                     {u"repetitions"_s, std::max(1, n)},
                     {u"threads"_s, c.workers}};
    if (!c.error.isEmpty() || n == 0) {
        // As Google Benchmark reports a benchmark that called SkipWithError.
        QJsonObject e = base;
        e.insert(u"repetition_index"_s, 0);
        e.insert(u"error_occurred"_s, true);
        e.insert(u"error_message"_s, c.error.isEmpty() ? u"no timed repetition"_s : c.error);
        e.insert(u"iterations"_s, 1);
        e.insert(u"real_time"_s, 0.0);
        e.insert(u"cpu_time"_s, 0.0);
        e.insert(u"time_unit"_s, unit);
        entries.append(e);
        return;
    }
    QList<double> real, cpu, ips;
    for (int i = 0; i < n; ++i) {
        const double ns = double(c.samplesNs[i]);
        const double cpuNs = c.cpuNs.size() == n ? double(c.cpuNs[i]) : ns;
        real << ns / perUnit;
        cpu << cpuNs / perUnit;
        ips << (ns > 0 ? double(size) / (ns * 1e-9) : 0.0);
        QJsonObject e = base;
        e.insert(u"repetition_index"_s, i);
        e.insert(u"iterations"_s, 1);
        e.insert(u"real_time"_s, real.last());
        e.insert(u"cpu_time"_s, cpu.last());
        e.insert(u"time_unit"_s, unit);
        e.insert(u"items_per_second"_s, ips.last());
        entries.append(e);
    }
    if (n >= 2) // Google Benchmark writes aggregates only with repetitions
        aggregates(base, real, cpu, ips);
}

void Writer::aggregates(const QJsonObject &base, const QList<double> &real,
                        const QList<double> &cpu, const QList<double> &ips)
{
    using Fn = double (*)(const QList<double> &);
    const auto cv = [](const QList<double> &v) {
        const double m = stats::mean(v);
        return m != 0 ? stats::stddev(v) / m : 0.0;
    };
    const auto med = [](const QList<double> &v) { return stats::median(v); };
    const QList<std::tuple<QString, Fn, QString>> kinds{{u"mean"_s, &stats::mean, u"time"_s},
                                                        {u"median"_s, +med, u"time"_s},
                                                        {u"stddev"_s, &stats::stddev, u"time"_s},
                                                        {u"cv"_s, +cv, u"percentage"_s}};
    for (const auto &[aggregate, fn, aggUnit] : kinds) {
        QJsonObject e = base;
        e.insert(u"name"_s, base.value(u"run_name"_s).toString() + u'_' + aggregate);
        e.insert(u"run_type"_s, u"aggregate"_s);
        e.insert(u"aggregate_name"_s, aggregate);
        e.insert(u"aggregate_unit"_s, aggUnit);
        e.insert(u"iterations"_s, int(real.size()));
        e.insert(u"real_time"_s, fn(real));
        e.insert(u"cpu_time"_s, fn(cpu));
        e.insert(u"time_unit"_s, unit);
        e.insert(u"items_per_second"_s, fn(ips));
        entries.append(e);
    }
}

} // namespace

QByteArray GbenchWriter::write(const RunResult &result) const
{
    bool cpuKnown = true;
    for (const CellResult &c : result.cells)
        if (!c.samplesNs.isEmpty() && c.cpuNs.size() != c.samplesNs.size())
            cpuKnown = false;
    // Always nanoseconds: a unit chosen by the times would differ between two runs near a
    // boundary, and compare.py silently drops entries whose unit differs from the first file's.
    Writer w{result, u"ns"_s, 1, {}, {}, {}};
    for (const CellResult &c : result.cells)
        w.cell(c);
    const QJsonObject root{{u"context"_s, context(result, cpuKnown)}, {u"benchmarks"_s, w.entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pb
