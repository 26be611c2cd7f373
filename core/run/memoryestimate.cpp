#include "core/run/memoryestimate.h"

#include "core/model/units.h"
#include "core/run/registry.h"

#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace pb {
namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kThreadStack = 8 * kMiB;  // glibc's default, RLIMIT_STACK
constexpr qint64 kMallocArena = 64 * kMiB; // HEAP_MAX_SIZE on 64-bit
constexpr qint64 kChunkDescriptor = 16;    // {begin, end}
constexpr qint64 kDefaultChunkGuess = 64;  // before the automatic rule has measured

qint64 clampBytes(double bytes)
{
    return qint64(std::min(std::max(bytes, 0.0), 9.0e18));
}

QString bytes(qint64 b)
{
    return formatBytes(double(b));
}

/// Which limit the need exceeds, or nullptr when both fit.
const proc::MemoryRoom *exceeded(qint64 resident, qint64 address, const proc::MemoryRoom &r,
                                 const proc::MemoryRoom &a)
{
    if (r.bytes >= 0 && resident > r.bytes)
        return &r;
    if (a.bytes >= 0 && address > a.bytes)
        return &a;
    return nullptr;
}

} // namespace

StrategyMemory strategyMemory(const QString &strategyId, qint64 size, qint64 outputBytes,
                              qint64 chunkSize)
{
    StrategyMemory m;
    m.strategy = strategyId;
    if (strategyId == QLatin1String("mapped")) {
        m.resident = 2 * outputBytes + outputBytes / 4; // 2.05 x measured, plus a margin
        m.addressSpace = 3 * outputBytes;
        m.what = QStringLiteral("mapped's result store and results() copy");
    } else if (strategyId == QLatin1String("chunked")) {
        const qint64 chunk = std::max<qint64>(1, chunkSize > 0 ? chunkSize : kDefaultChunkGuess);
        m.resident = m.addressSpace = (size + chunk - 1) / chunk * kChunkDescriptor;
        m.what = QStringLiteral("chunked's chunk descriptors");
    }
    return m;
}

qint64 threadAddressSpace(int workers)
{
    const qint64 cores = std::max(1, QThread::idealThreadCount());
    // The pool and a second team (std::thread or OpenMP), plus the input generators.
    const qint64 threads = 2 * qint64(std::max(1, workers)) + cores;
    const qint64 arenas = std::min<qint64>(threads, 8 * cores);
    return threads * kThreadStack + arenas * kMallocArena;
}

QString MemoryEstimate::breakdown(bool addressSpace) const
{
    QStringList parts{QStringLiteral("input and output %1").arg(bytes(input + output))};
    if (reference > 0)
        parts << QStringLiteral("serial reference %1").arg(bytes(reference));
    const qint64 extra = addressSpace ? strategy.addressSpace : strategy.resident;
    if (extra > 0)
        parts << QStringLiteral("%1 %2").arg(strategy.what, bytes(extra));
    if (addressSpace && threads > 0)
        parts << QStringLiteral("worker threads' stacks and malloc arenas %1").arg(bytes(threads));
    return parts.join(QStringLiteral(", "));
}

MemoryEstimate estimateMemory(const RunConfig &config)
{
    MemoryEstimate e;
    const Workload *workload = findWorkload(config.workload);
    if (!workload || config.size < 1)
        return e;
    const double total = workload->bytesPerItem() * double(config.size);
    e.input = clampBytes(total / 2);
    e.output = clampBytes(total / 2);
    e.reference = e.output; // the baseline's output is kept even without verification
    qint64 smallestChunk = config.chunkSize;
    for (qint64 c : config.chunkSweep)
        smallestChunk = smallestChunk > 0 ? std::min(smallestChunk, c) : c;
    for (const QString &id : config.strategies) {
        const StrategyMemory m = strategyMemory(id, config.size, e.output, smallestChunk);
        if (m.addressSpace > e.strategy.addressSpace)
            e.strategy = m;
    }
    int workers = 1;
    for (int w : config.workers)
        workers = std::max(workers, w);
    e.threads = threadAddressSpace(workers);
    return e;
}

QString checkRunMemory(const RunConfig &config, const proc::MemoryRoom &resident,
                       const proc::MemoryRoom &addressSpace)
{
    const MemoryEstimate e = estimateMemory(config);
    const proc::MemoryRoom *limit =
        exceeded(e.resident(), e.addressSpace(), resident, addressSpace);
    if (!limit)
        return {};
    const bool asLimit = limit == &addressSpace;
    QString message =
        QStringLiteral("size %1 needs about %2 of memory (%3), but %4; lower the size")
            .arg(config.size)
            .arg(bytes(asLimit ? e.addressSpace() : e.resident()), e.breakdown(asLimit),
                 proc::describeRoom(*limit));
    // Would it fit without the strategy that needs the most?
    MemoryEstimate without = e;
    without.strategy = {};
    if (!e.strategy.strategy.isEmpty() && e.strategy.addressSpace > 0 &&
        !exceeded(without.resident(), without.addressSpace(), resident, addressSpace))
        message += QStringLiteral(", or leave out %1").arg(e.strategy.strategy);
    return message;
}

QString checkCellMemory(const StrategyMemory &need, const proc::MemoryRoom &resident,
                        const proc::MemoryRoom &addressSpace)
{
    const proc::MemoryRoom *limit =
        exceeded(need.resident, need.addressSpace, resident, addressSpace);
    if (!limit)
        return {};
    return QStringLiteral("%1 needs about %2 more, but %3")
        .arg(need.what, bytes(limit == &addressSpace ? need.addressSpace : need.resident),
             proc::describeRoom(*limit));
}

} // namespace pb
