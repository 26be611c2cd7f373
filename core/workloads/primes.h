#pragma once

#include <parabench/mapdata.h>
#include <parabench/workload.h>

namespace pb {

/// Counts the primes p <= 2000 + (x mod 1000) by trial division: coarse, CPU-bound items.
struct PrimesKernel
{
    int operator()(const int &x) const
    {
        const int limit = 2000 + ((x % 1000) + 1000) % 1000;
        int count = 0;
        for (int k = 2; k <= limit; ++k)
            count += isPrime(k) ? 1 : 0;
        return count;
    }
    static bool isPrime(int k)
    {
        for (int d = 2; d * d <= k; ++d) {
            if (k % d == 0)
                return false;
        }
        return true;
    }
};

using PrimesData = MapData<int, int, PrimesKernel>;

/// Prime counting: one trial-division count per item, ~tens of µs each.
class PrimesWorkload final : public Workload
{
public:
    QString id() const override { return QStringLiteral("primes"); }
    QString displayName() const override { return QStringLiteral("Prime counting"); }
    QString description() const override;
    QString stresses() const override { return QStringLiteral("compute"); }
    qint64 defaultSize() const override { return 30000; }
    double bytesPerItem() const override { return sizeof(int) + sizeof(int); }
    bool hasReduction() const override { return true; }
    QString reductionName() const override { return QStringLiteral("total prime count"); }
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const override;
};

} // namespace pb
