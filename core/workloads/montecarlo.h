#pragma once

#include "core/workloads/workloadutil.h"
#include <parabench/mapdata.h>
#include <parabench/workload.h>

namespace pb {

/// π estimate from `points` uniform points in the unit square, drawn from a SplitMix64 stream
/// seeded by the item.
struct MonteCarloKernel
{
    int points = 512;

    double operator()(const quint64 &seed) const
    {
        quint64 state = seed;
        int inside = 0;
        for (int i = 0; i < points; ++i) {
            const double x = wl::unitDouble(wl::splitmix64(state++));
            const double y = wl::unitDouble(wl::splitmix64(state++));
            inside += (x * x + y * y < 1.0) ? 1 : 0;
        }
        return 4.0 * double(inside) / double(points);
    }
};

using MonteCarloData = MapData<quint64, double, MonteCarloKernel>;

/// Monte Carlo π: 512 random points per item, ~1–2 µs each.
class MonteCarloWorkload final : public Workload
{
public:
    static constexpr int kPointsPerItem = 512;

    QString id() const override { return QStringLiteral("montecarlo"); }
    QString displayName() const override { return QStringLiteral("Monte Carlo π"); }
    QString description() const override;
    QString stresses() const override { return QStringLiteral("compute, medium grain"); }
    qint64 defaultSize() const override { return 400000; }
    double bytesPerItem() const override { return sizeof(quint64) + sizeof(double); }
    bool hasReduction() const override { return true; }
    QString reductionName() const override
    {
        return QStringLiteral("sum of π estimates (mean π = sum / n)");
    }
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const override;
};

} // namespace pb
