#pragma once

#include <parabench/mapdata.h>
#include <parabench/workload.h>

namespace pb {

/// One element of the two input vectors of a saxpy.
struct StreamPair
{
    double x = 0;
    double y = 0;
};

/// a * x + y: a few ns of arithmetic per 24 bytes moved.
struct StreamKernel
{
    double a = 3.0;

    double operator()(const StreamPair &p) const { return a * p.x + p.y; }
};

using StreamData = MapData<StreamPair, double, StreamKernel>;

/// Memory-bound saxpy-like map: bandwidth, not arithmetic, limits it.
class StreamWorkload final : public Workload
{
public:
    QString id() const override { return QStringLiteral("stream"); }
    QString displayName() const override { return QStringLiteral("Stream (a·x + y)"); }
    QString description() const override;
    QString stresses() const override { return QStringLiteral("memory bandwidth, fine grain"); }
    qint64 defaultSize() const override { return 20'000'000; }
    double bytesPerItem() const override { return sizeof(StreamPair) + sizeof(double); }
    bool hasReduction() const override { return false; }
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const override;
};

} // namespace pb
