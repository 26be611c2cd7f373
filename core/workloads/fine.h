#pragma once

#include <parabench/mapdata.h>
#include <parabench/workload.h>

#include <cmath>

namespace pb {

/// A short chain of dependent multiply-add + square-root steps on one double.
struct FineKernel
{
    static constexpr int kSteps = 10;

    double operator()(const double &x) const
    {
        double v = x;
        for (int i = 0; i < kSteps; ++i)
            v = std::sqrt(v * 1.5 + 0.25);
        return v;
    }
};

using FineData = MapData<double, double, FineKernel>;

/// Fine-grained arithmetic map: ~tens of ns per item, where dispatch cost dominates.
class FineWorkload final : public Workload
{
public:
    QString id() const override { return QStringLiteral("fine"); }
    QString displayName() const override { return QStringLiteral("Fine-grained arithmetic"); }
    QString description() const override;
    QString stresses() const override { return QStringLiteral("fine grain"); }
    qint64 defaultSize() const override { return 10'000'000; }
    double bytesPerItem() const override { return sizeof(double) + sizeof(double); }
    bool hasReduction() const override { return true; }
    QString reductionName() const override { return QStringLiteral("sum of outputs"); }
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const override;
};

} // namespace pb
