#pragma once

#include <parabench/canceltoken.h>
#include <parabench/workloaddata.h>

#include <QString>
#include <QThreadPool>

namespace pb {

/// What a strategy gets for one timed run.
struct StrategyContext
{
    QThreadPool *pool = nullptr; ///< private, warm, exactly `workers` threads, no expiry
    int workers = 1;
    qint64 chunkSize = 1; ///< items per chunk (chunked); resolved by the runner
    double nsPerItem = 0; ///< serial cost per item once measured, 0 before
    CancelToken *cancel = nullptr;
};

/// How the map is executed: serial, a QtConcurrent flavour, or a reference ceiling.
class Strategy
{
public:
    virtual ~Strategy() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual QString description() const = 0;
    /// Reference ceilings (std::thread, OpenMP) are not QtConcurrent.
    virtual bool isReference() const { return false; }
    /// Needs Workload::hasReduction().
    virtual bool needsReduction() const { return false; }
    /// Uses `chunkSize`.
    virtual bool usesChunks() const { return false; }
    /// False (with a reason) when this strategy cannot take n items, e.g. QtConcurrent's int
    /// item count.
    virtual bool supportsSize(qint64 n, QString *why) const;
    /// Runs the map once; stores the timed region in *elapsedNs. Returns false when canceled.
    virtual bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const = 0;
    /// Compares the run's result with the serial reference.
    virtual VerifyResult verify(const WorkloadData &data) const { return data.verify(); }
};

} // namespace pb
