#include "core/run/validation.h"

#include "core/model/sizeparse.h"
#include "core/run/memoryestimate.h"
#include "core/run/registry.h"
#include "core/sys/memlimits.h"
#include <parabench/workloaddata.h>

#include <QSet>

#include <algorithm>
#include <cmath>

namespace pb {
namespace {

// Sizes past this are refused outright, whatever the memory says (2^40 items).
constexpr qint64 kMaxSize = qint64(1) << 40;

QString checkWorkers(const QList<int> &workers)
{
    if (workers.isEmpty())
        return QStringLiteral("no worker counts given; pass at least one, e.g. 1,2,4");
    QSet<int> seen;
    for (int w : workers) {
        if (w < 1)
            return QStringLiteral("worker count %1 is invalid: it must be at least 1").arg(w);
        if (w > kMaxWorkers)
            return QStringLiteral("worker count %1 is too large: at most %2")
                .arg(w)
                .arg(kMaxWorkers);
        if (seen.contains(w))
            return QStringLiteral("worker count %1 is listed twice").arg(w);
        seen.insert(w);
    }
    return {};
}

QString checkStrategies(const RunConfig &config, const Workload *workload)
{
    if (config.strategies.isEmpty())
        return QStringLiteral("no strategies given; valid: %1")
            .arg(strategyIds().join(QStringLiteral(", ")));
    QSet<QString> seen;
    for (const QString &id : config.strategies) {
        const Strategy *s = findStrategy(id);
        if (!s)
            return QStringLiteral("unknown strategy \"%1\"; valid: %2")
                .arg(id, strategyIds().join(QStringLiteral(", ")));
        if (seen.contains(id))
            return QStringLiteral("strategy \"%1\" is listed twice").arg(id);
        seen.insert(id);
        QString why;
        for (qint64 size : measuredSizes(config))
            if (!s->supportsSize(size, &why))
                return config.sizes.isEmpty() ? why : QStringLiteral("size sweep: %1").arg(why);
        if (s->needsReduction() && !workload->hasReduction() && config.strategies.size() == 1)
            return QStringLiteral("%1 needs a workload with a natural reduction; %2 has none")
                .arg(id, workload->id());
    }
    return {};
}

QString checkRepetitions(const RunConfig &config)
{
    const RepetitionPolicy &r = config.reps;
    if (r.repetitions < 1)
        return QStringLiteral("repetitions must be at least 1, got %1").arg(r.repetitions);
    if (r.repetitions > 100000)
        return QStringLiteral("repetitions %1 is too many: at most 100000").arg(r.repetitions);
    if (config.warmupRuns < 0 || config.warmupRuns > 1000)
        return QStringLiteral("warm-up runs must be between 0 and 1000, got %1")
            .arg(config.warmupRuns);
    if (!(config.warmupSec >= 0) || config.warmupSec > 3600)
        return QStringLiteral("warm-up time must be between 0 and 3600 s, got %1")
            .arg(config.warmupSec);
    if (config.seed > (quint64(1) << 53) - 1)
        return QStringLiteral("seed %1 is too large: at most %2 (2^53 - 1, exact in JSON)")
            .arg(config.seed)
            .arg((quint64(1) << 53) - 1);
    if (!r.adaptive)
        return {};
    if (!(r.targetRelCi > 0 && r.targetRelCi < 1))
        return QStringLiteral("adaptive target CI width must be between 0 and 100 %, got %1 %")
            .arg(r.targetRelCi * 100);
    if (r.maxRepetitions > 100000)
        return QStringLiteral("maximum repetitions %1 is too many: at most 100000")
            .arg(r.maxRepetitions);
    if (r.maxRepetitions < r.repetitions)
        return QStringLiteral("maximum repetitions (%1) is below the minimum (%2)")
            .arg(r.maxRepetitions)
            .arg(r.repetitions);
    if (!(r.timeBudgetSec > 0) || r.timeBudgetSec > 86400)
        return QStringLiteral("adaptive time budget must be more than 0 and at most 86400 s (a "
                              "day) per cell, got %1 s")
            .arg(r.timeBudgetSec);
    return {};
}

QString checkChunkCount(qint64 size, qint64 chunk, const QString &what)
{
    const qint64 chunks = (size + chunk - 1) / chunk;
    if (chunks <= kMaxQtConcurrentItems)
        return {};
    return QStringLiteral("%1 %2 makes %3 chunks, more than QtConcurrent can count (%4); use "
                          "a chunk size of at least %5")
        .arg(what)
        .arg(chunk)
        .arg(chunks)
        .arg(kMaxQtConcurrentItems)
        .arg(size / kMaxQtConcurrentItems + 1);
}

QString checkSizes(const RunConfig &config)
{
    const QList<qint64> sizes = measuredSizes(config);
    if (sizes.size() > kMaxSizesPerSweep)
        return QStringLiteral("size sweep has %1 sizes; at most %2")
            .arg(sizes.size())
            .arg(kMaxSizesPerSweep);
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (sizes[i] < 1)
            return QStringLiteral("size must be at least 1 item, got %1").arg(sizes[i]);
        if (sizes[i] > kMaxSize)
            return QStringLiteral("size %1 is too large: at most %2 items")
                .arg(sizes[i])
                .arg(kMaxSize);
        if (i > 0 && sizes[i] <= sizes[i - 1])
            return QStringLiteral("size sweep: sizes must increase, got %1 after %2")
                .arg(sizes[i])
                .arg(sizes[i - 1]);
    }
    if (!config.sizes.isEmpty() && config.size != sizes.constLast())
        return QStringLiteral("size sweep: size %1 must be the largest size of the sweep (%2)")
            .arg(config.size)
            .arg(sizes.constLast());
    if (!config.sizes.isEmpty() && !config.chunkSweep.isEmpty())
        return QStringLiteral(
            "a granularity sweep (--sweep) runs at one size; it cannot be combined "
            "with a size sweep");
    return {};
}

QString checkChunks(const RunConfig &config)
{
    if (config.chunkSize < 0)
        return QStringLiteral("chunk size must be 0 (automatic) or positive, got %1")
            .arg(config.chunkSize);
    if (config.chunkSize > 0)
        if (QString e = checkChunkCount(largestSize(config), config.chunkSize,
                                        QStringLiteral("chunk size"));
            !e.isEmpty())
            return e;
    if (config.chunkSweep.size() > kMaxSweepSizes)
        return QStringLiteral("a sweep of %1 chunk sizes is too many: at most %2 (each is a cell "
                              "of its own)")
            .arg(config.chunkSweep.size())
            .arg(kMaxSweepSizes);
    QSet<qint64> seen;
    for (qint64 c : config.chunkSweep) {
        if (c < 1)
            return QStringLiteral("sweep chunk size %1 is invalid: it must be at least 1").arg(c);
        if (seen.contains(c))
            return QStringLiteral("sweep chunk size %1 is listed twice").arg(c);
        seen.insert(c);
        if (QString e = checkChunkCount(config.size, c, QStringLiteral("sweep chunk size"));
            !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

QString validateConfig(const RunConfig &config)
{
    const Workload *workload = findWorkload(config.workload);
    if (!workload)
        return QStringLiteral("unknown workload \"%1\"; valid: %2")
            .arg(config.workload, workloadIds().join(QStringLiteral(", ")));
    if (const QString e = checkSizes(config); !e.isEmpty())
        return e;
    if (QString err = checkWorkers(config.workers); !err.isEmpty())
        return err;
    // Before anything is allocated: a run that cannot fit must not start, since Qt 6.4 cannot
    // fail every allocation cleanly (a QList that detaches under memory pressure crashes). The
    // size is the first thing to fix when it is far too large, so this comes early. A size
    // sweep holds one size's data at a time: its largest size (config.size) decides.
    if (QString err = checkRunMemory(config, proc::residentRoom(), proc::addressSpaceRoom());
        !err.isEmpty())
        return err;
    for (const QString &err :
         {checkStrategies(config, workload), checkRepetitions(config), checkChunks(config)})
        if (!err.isEmpty())
            return err;
    // From the declarations alone: validating runs no workload (or plugin) code.
    QString error;
    if (!resolveParams(workload->id(), workload->parameters(), config.params, &error))
        return error;
    return {};
}

qint64 estimateMemoryBytes(const RunConfig &config)
{
    return estimateMemory(config).resident();
}

} // namespace pb
