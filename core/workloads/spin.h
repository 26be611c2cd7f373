#pragma once

#include <parabench/mapdata.h>
#include <parabench/workload.h>

namespace pb {

/// A fixed number of dependent xorshift64 steps: CPU work that cannot be skipped, overlapped
/// or shortened, and does not scale when threads share a core (unlike a clock-based wait).
struct SpinKernel
{
    qint64 iterations = 1;

    int operator()(const quint64 &seed) const
    {
        quint64 s = seed | 1; // xorshift never leaves the state 0
        for (qint64 i = 0; i < iterations; ++i) {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
        }
        return int(s & 0xffff); // small, so the reduction sum stays exact
    }
};

using SpinData = MapData<quint64, int, SpinKernel>;

/// Iterations of SpinKernel's loop that take 1 µs on one thread of this machine. Measured once
/// per process (best of several short runs), then cached; thread-safe.
double spinIterationsPerUs();

/// Calibration workload: every item costs a known, configurable amount of CPU work.
class SpinWorkload final : public Workload
{
public:
    static constexpr double kDefaultUsPerItem = 10.0;
    static constexpr double kMaxUsPerItem = 1e6;

    QString id() const override { return QStringLiteral("spin"); }
    QString displayName() const override { return QStringLiteral("Calibrated spin"); }
    QString description() const override;
    QString stresses() const override { return QStringLiteral("calibration"); }
    qint64 defaultSize() const override { return 50000; }
    double bytesPerItem() const override { return sizeof(quint64) + sizeof(int); }
    bool hasReduction() const override { return true; }
    QString reductionName() const override { return QStringLiteral("sum of final states"); }
    QVariantMap defaultParams() const override;
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const override;
};

} // namespace pb
