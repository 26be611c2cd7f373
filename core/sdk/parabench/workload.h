#pragma once

// Part of the plugin ABI: within one SDK major version the layout of PrepareRequest and the
// virtual functions of Workload (their order and signatures) never change, so a plugin built
// against any 0.x SDK keeps working with every 0.y ParaBench (y >= x). Features are added as
// new interfaces, never as new virtual functions here.

#include <parabench/canceltoken.h>
#include <parabench/params.h>

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

class QThreadPool;

namespace pb {

class WorkloadData;

/// Result of comparing a strategy's output with the serial reference.
struct VerifyResult
{
    bool ok = true;
    qint64 mismatches = 0; ///< number of items that differ (0 when ok)
    qint64 firstBadIndex = -1;
    QString message; ///< human-readable, e.g. "item 17: expected 5, got 0"
};

/// What Workload::prepare() is asked to make.
struct PrepareRequest
{
    qint64 size = 0;    ///< items
    QVariantMap params; ///< checked against parameters() with defaults filled in (resolveParams)
    /// Polled between blocks of items, so generating a large input can be stopped within a
    /// fraction of a second. May be null. Must outlive the WorkloadData.
    const CancelToken *cancel = nullptr;
    /// Threads that may generate the input in parallel; null: the calling thread only.
    QThreadPool *pool = nullptr;
};

/// A workload: what one map item computes, how its input is generated and how outputs compare.
/// A Workload is stateless and shared; prepare() creates the per-run data. Write a spec and
/// let SpecWorkload<Spec> (specworkload.h) implement this class.
class Workload
{
public:
    virtual ~Workload() = default;

    virtual QString id() const = 0;          ///< e.g. "primes" (CLI/JSON name)
    virtual QString displayName() const = 0; ///< e.g. "Prime counting"
    virtual QString description() const = 0; ///< one paragraph: what it computes
    virtual QString stresses()
        const = 0; ///< "compute", "memory bandwidth", "irregular cost", "fine grain", "calibration"
    virtual qint64 defaultSize() const = 0;    ///< item count for a run of roughly a second, serial
    virtual double bytesPerItem() const = 0;   ///< input + output bytes per item (memory estimate)
    virtual bool hasReduction() const = 0;     ///< natural reduction exists (mapreduce strategy)
    virtual QString reductionName() const = 0; ///< e.g. "total prime count"; empty when none
    /// The parameters, each with type, default, range and help. Empty when none.
    virtual QList<ParamSpec> parameters() const = 0;

    /// Deterministic input for request.size items (same size and params => same input, on any
    /// machine, however many threads generate it) and an output buffer. Returns nullptr and
    /// sets *error to a specific message when it fails; returns nullptr with *error empty when
    /// request.cancel was triggered.
    virtual std::unique_ptr<WorkloadData> prepare(const PrepareRequest &request,
                                                  QString *error) const = 0;

    // --- conveniences (inline, not part of the vtable) ---

    /// Every parameter at its default.
    QVariantMap defaultParams() const
    {
        QVariantMap values;
        for (const ParamSpec &p : parameters())
            values.insert(p.key, p.defaultValue);
        return values;
    }
    /// prepare() on the calling thread, without cancel; params are checked first. Defined in
    /// workloaddata.h.
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const;
};

} // namespace pb
