#include "core/io/gbenchimport.h"

#include "core/io/gbenchnames.h"
#include "core/stats/amdahl.h"
#include "core/stats/analysis.h"
#include "core/stats/statistics.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace pb {

using namespace Qt::Literals::StringLiterals;

namespace {

/// The entries of one benchmark instance (a family at one thread count).
struct Instance
{
    QString family;
    int threads = 1;
    QList<const GbenchEntry *> iterations;
    QList<const GbenchEntry *> aggregates;
    QString error;
};

QList<Instance> groupInstances(const GbenchFile &file)
{
    QList<Instance> out;
    for (const GbenchEntry &e : file.entries) {
        int threads = 1;
        const QString family = gbenchFamilyName(e.runName, &threads);
        threads = std::max(threads, e.threads);
        auto it = std::find_if(out.begin(), out.end(), [&](const Instance &i) {
            return i.family == family && i.threads == threads;
        });
        if (it == out.end()) {
            out.append({family, threads, {}, {}, {}});
            it = out.end() - 1;
        }
        if (e.error)
            it->error = e.errorMessage.isEmpty() ? u"error_occurred"_s : e.errorMessage;
        else if (e.aggregate)
            it->aggregates.append(&e);
        else
            it->iterations.append(&e);
    }
    return out;
}

qint64 toNs(double ns)
{
    return qint64(std::llround(ns));
}

/// The per-repetition job times, or the median (else mean) aggregate when that is all.
QList<double> jobTimes(const Instance &in, QList<double> *rates, bool *fromAgg)
{
    const double factor = double(in.threads);
    QList<double> out;
    *fromAgg = in.iterations.isEmpty();
    QList<const GbenchEntry *> source = in.iterations;
    if (source.isEmpty()) {
        for (const QString &name : {u"median"_s, u"mean"_s})
            for (const GbenchEntry *a : in.aggregates)
                if (source.isEmpty() && a->aggregateName == name)
                    source.append(a);
    }
    for (const GbenchEntry *e : source) {
        out.append(e->realNs * factor);
        rates->append(e->itemsPerSecond >= 0 ? e->itemsPerSecond : e->bytesPerSecond);
    }
    return out;
}

/// Which counter jobTimes() took the rates from.
QString counterName(const Instance &in)
{
    const QList<const GbenchEntry *> &e = in.iterations.isEmpty() ? in.aggregates : in.iterations;
    return !e.isEmpty() && e.first()->itemsPerSecond >= 0 ? u"items_per_second"_s
                                                          : u"bytes_per_second"_s;
}

Warning note(const QString &code, const QString &message, const QString &hint = {})
{
    return {code, message, hint, {}, 0};
}

struct Importer
{
    const GbenchFile &file;
    ThreadScaling scaling;
    GbenchImport out;

    void addCell(const Instance &in);
    void addSpeedups(const QList<Instance> &instances);
    void familySpeedup(const QString &family, const QList<Instance> &instances);
    void cellSpeedup(CellResult &c, const Instance &in, const Instance &one, bool counters);
};

void Importer::addCell(const Instance &in)
{
    CellResult c;
    c.strategy = in.family;
    c.workers = in.threads;
    if (!in.error.isEmpty()) {
        c.errorKind = CellErrorKind::Kernel;
        c.error = u"Google Benchmark reported an error: "_s + in.error;
        out.result.cells.append(c);
        return;
    }
    QList<double> rates;
    bool fromAggregates = false;
    const QList<double> times = jobTimes(in, &rates, &fromAggregates);
    for (double t : times)
        c.samplesNs.append(toNs(t));
    c.stats = stats::summarize(c.samplesNs);
    c.verified = false;
    out.result.cells.append(c);
}

void Importer::cellSpeedup(CellResult &c, const Instance &in, const Instance &one, bool counters)
{
    QList<double> rates, oneRates;
    bool agg = false;
    const QList<double> times = jobTimes(in, &rates, &agg);
    const QList<double> oneTimes = jobTimes(one, &oneRates, &agg);
    double s = 0;
    stats::Interval ci;
    if (counters) {
        s = stats::median(rates) / stats::median(oneRates);
        ci = stats::bootstrapRatioOfMediansCi(rates, oneRates);
    } else {
        const double k = scaling == ThreadScaling::PerThread ? c.workers : 1.0;
        s = k * stats::median(oneTimes) / stats::median(times);
        ci = stats::bootstrapRatioOfMediansCi(oneTimes, times);
        ci = {ci.low * k, ci.high * k};
    }
    if (c.workers == 1) { // the reference itself: exactly 1, as ParaBench's serial cell
        s = 1;
        ci = {1, 1};
    }
    c.stats.speedup = s;
    const bool haveCi = times.size() > 1 && oneTimes.size() > 1;
    c.stats.speedupCiLow = haveCi ? ci.low : s;
    c.stats.speedupCiHigh = haveCi ? ci.high : s;
    c.stats.efficiency = s / c.workers;
    c.stats.karpFlatt = karpFlatt(s, c.workers);
}

void Importer::familySpeedup(const QString &family, const QList<Instance> &instances)
{
    const Instance *one = nullptr;
    bool multi = false, counters = true;
    for (const Instance &in : instances) {
        if (in.family != family || !in.error.isEmpty())
            continue;
        one = in.threads == 1 ? &in : one;
        multi = multi || in.threads > 1;
        QList<double> rates;
        bool agg = false;
        jobTimes(in, &rates, &agg);
        counters = counters && !rates.isEmpty() &&
                   std::all_of(rates.begin(), rates.end(), [](double r) { return r > 0; });
    }
    if (!multi)
        return;
    out.hasThreadSweep = true;
    out.scalingMatters = out.scalingMatters || !counters;
    if (!one) {
        out.result.warnings.append(note(u"gbench-no-single-thread"_s,
                                        u"%1 has no threads:1 run, so no speedup"_s.arg(family),
                                        u"add ->ThreadRange(1, N) or ->Threads(1)"_s));
        return;
    }
    for (CellResult &c : out.result.cells)
        if (c.strategy == family && c.error.isEmpty() && !c.samplesNs.isEmpty())
            for (const Instance &in : instances)
                if (in.family == family && in.threads == c.workers)
                    cellSpeedup(c, in, *one, counters);
    const QString how =
        counters ? u"from %1: rate(N) / rate(1)"_s.arg(counterName(*one))
        : scaling == ThreadScaling::Split
            ? u"as a fixed total split across the threads: time(1) / time(N), time = real_time × "
              "threads"_s
            : u"as work per thread: real_time(1) / real_time(N) (throughput)"_s;
    out.result.warnings.append(note(u"gbench-speedup"_s, u"%1: speedup %2"_s.arg(family, how),
                                    counters ? QString()
                                             : u"without counters the file cannot say which; "
                                               "choose split or per-thread"_s));
}

void Importer::addSpeedups(const QList<Instance> &instances)
{
    QStringList families;
    for (const Instance &in : instances)
        if (!families.contains(in.family))
            families.append(in.family);
    for (const QString &f : families)
        familySpeedup(f, instances);
    // The same honest-fit rules as a ParaBench run: enough thread counts up to the cores.
    fitStrategies(out.result);
}

/// A file ParaBench wrote: every entry in its naming scheme. real_time is then the wall time
/// of the whole map (not divided by threads) and the run comes back as it was measured.
bool importParabench(const GbenchFile &file, GbenchImport *out)
{
    if (!file.fromParabench)
        return false;
    RunResult &r = out->result;
    QList<std::pair<GbenchCellName, CellResult>> cells;
    for (const GbenchEntry &e : file.entries) {
        const auto parts = parseGbenchCellName(e.runName);
        if (!parts)
            return false;
        auto it = std::find_if(cells.begin(), cells.end(), [&](const auto &c) {
            return c.first.strategy == parts->strategy && c.first.size == parts->size &&
                   c.first.chunk == parts->chunk && c.first.threads == parts->threads;
        });
        if (it == cells.end()) {
            CellResult c;
            c.strategy = parts->strategy;
            c.workers = parts->threads;
            c.size = parts->size;
            c.chunkSize = parts->chunk;
            cells.append({*parts, c});
            it = cells.end() - 1;
        }
        if (e.error) {
            it->second.errorKind = CellErrorKind::Engine;
            it->second.error = e.errorMessage;
        } else if (!e.aggregate) {
            it->second.samplesNs.append(toNs(e.realNs));
            it->second.cpuNs.append(toNs(e.cpuNs));
        }
    }
    if (cells.isEmpty())
        return false;
    r.config.workload = cells.first().first.workload;
    r.config.size = cells.first().first.size;
    r.config.workers.clear();
    r.config.strategies.clear();
    for (auto &[name, cell] : cells) {
        if (!r.config.workers.contains(cell.workers))
            r.config.workers.append(cell.workers);
        if (!r.config.strategies.contains(cell.strategy))
            r.config.strategies.append(cell.strategy);
        if (name.chunk > 0)
            r.config.chunkSweep.append(name.chunk);
        cell.verified = cell.error.isEmpty();
        r.config.reps.repetitions = std::max(r.config.reps.repetitions, int(cell.samplesNs.size()));
        r.cells.append(cell);
    }
    r.workloadName = r.config.workload;
    analyzeResult(r);
    return true;
}

void addFileNotes(const GbenchFile &file, const QList<Instance> &instances, GbenchImport *out)
{
    QList<Warning> &w = out->result.warnings;
    int errors = 0, iterations = 0, aggregated = 0, single = 0;
    for (const Instance &in : instances) {
        errors += in.error.isEmpty() ? 0 : 1;
        iterations += int(in.iterations.size());
        aggregated += in.aggregates.isEmpty() ? 0 : 1;
        single += in.error.isEmpty() && in.iterations.size() == 1 ? 1 : 0;
    }
    out->aggregatesOnly = iterations == 0 && aggregated > 0;
    if (out->aggregatesOnly)
        w.append(note(u"gbench-aggregates-only"_s,
                      u"the file has only aggregates (mean/median/stddev/cv), no repetitions: one "
                      "value per benchmark (the median), no confidence intervals and no "
                      "significance tests"_s,
                      u"run with --benchmark_repetitions=10 and without "
                      "--benchmark_report_aggregates_only"_s));
    else if (single > 0)
        w.append(note(u"gbench-single-run"_s,
                      u"%1 benchmark(s) ran once (no repetitions): no confidence intervals, and "
                      "a comparison cannot reach significance"_s.arg(single),
                      u"run with --benchmark_repetitions=10"_s));
    if (errors > 0)
        w.append(note(
            u"gbench-errors"_s,
            u"%1 benchmark(s) reported an error (error_occurred): shown as failed"_s.arg(errors)));
    if (file.timeUnits.size() > 1)
        w.append(note(u"gbench-time-units"_s,
                      u"time units differ between entries (%1): all "
                      "converted to nanoseconds"_s.arg(file.timeUnits.join(u", "_s))));
    if (file.libraryBuildType == u"debug"_s)
        w.append(note(u"gbench-library-debug"_s,
                      u"the Google Benchmark library was built as debug (its timer loop, not "
                      "necessarily the benchmark code); Debian 12's libbenchmark says so too"_s));
}

} // namespace

GbenchImport importGbench(const GbenchFile &file, ThreadScaling scaling)
{
    Importer im{file, scaling, {}};
    im.out.result.system = file.system;
    if (importParabench(file, &im.out))
        return im.out;
    im.out.result = RunResult{};
    RunResult &r = im.out.result;
    r.system = file.system;
    r.config.workload = u"gbench"_s;
    r.config.size = 0;
    r.config.verify = false;
    r.config.workers.clear();
    r.config.strategies.clear();
    r.config.reps.repetitions = 0;
    r.workloadName = file.executable.isEmpty()
                         ? u"Google Benchmark"_s
                         : u"Google Benchmark: "_s + QFileInfo(file.executable).fileName();
    const QList<Instance> instances = groupInstances(file);
    for (const Instance &in : instances) {
        im.addCell(in);
        if (!r.config.workers.contains(in.threads))
            r.config.workers.append(in.threads);
        if (!r.config.strategies.contains(in.family))
            r.config.strategies.append(in.family);
        r.config.reps.repetitions = std::max(r.config.reps.repetitions, int(in.iterations.size()));
    }
    std::sort(r.config.workers.begin(), r.config.workers.end());
    addFileNotes(file, instances, &im.out);
    im.addSpeedups(instances);
    return im.out;
}

QString threadScalingId(ThreadScaling s)
{
    return s == ThreadScaling::Split ? u"split"_s : u"per-thread"_s;
}

std::optional<ThreadScaling> threadScalingFromId(const QString &id)
{
    if (id == u"split"_s)
        return ThreadScaling::Split;
    if (id == u"per-thread"_s)
        return ThreadScaling::PerThread;
    return std::nullopt;
}

} // namespace pb
