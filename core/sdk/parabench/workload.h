#pragma once

#include <QString>
#include <QVariantMap>

#include <memory>

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

/// A workload: what one map item computes, how its input is generated and how outputs compare.
/// A Workload is stateless and shared; prepare() creates the per-run data.
class Workload
{
public:
    virtual ~Workload() = default;

    virtual QString id() const = 0;          ///< e.g. "primes" (CLI/JSON name)
    virtual QString displayName() const = 0; ///< e.g. "Prime counting"
    virtual QString description() const = 0; ///< one paragraph: what it computes
    virtual QString stresses()
        const = 0; ///< "compute", "memory bandwidth", "irregular cost", "fine grain", "calibration"
    virtual qint64 defaultSize() const = 0;  ///< item count for a run of roughly a second, serial
    virtual double bytesPerItem() const = 0; ///< input + output bytes per item (memory estimate)
    virtual bool hasReduction() const = 0;   ///< natural reduction exists (mapreduce strategy)
    virtual QString reductionName() const { return {}; } ///< e.g. "total prime count"

    /// Known parameters with defaults (e.g. {"us_per_item": 10.0} for spin). Empty when none.
    virtual QVariantMap defaultParams() const { return {}; }

    /// Deterministic input for n items (same n and params => same input, on any machine).
    /// Returns nullptr and sets *error when params are invalid.
    virtual std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                                  QString *error) const = 0;
};

} // namespace pb
