#pragma once

#include <parabench/mapdata.h>
#include <parabench/workload.h>

namespace pb {

/// A point c of the complex plane (one pixel centre).
struct MandelbrotPoint
{
    double re = 0;
    double im = 0;
};

/// Escape-time iteration count of z -> z^2 + c, capped at maxIterations.
struct MandelbrotKernel
{
    int maxIterations = 512;

    int operator()(const MandelbrotPoint &c) const
    {
        double x = 0, y = 0;
        int i = 0;
        for (; i < maxIterations; ++i) {
            const double x2 = x * x, y2 = y * y;
            if (x2 + y2 > 4.0)
                break;
            y = 2.0 * x * y + c.im;
            x = x2 - y2 + c.re;
        }
        return i;
    }
};

using MandelbrotData = MapData<MandelbrotPoint, int, MandelbrotKernel>;

/// Mandelbrot set: one item per pixel, cost from 1 to 512 iterations (irregular).
class MandelbrotWorkload final : public Workload
{
public:
    static constexpr int kWidth = 1024;
    static constexpr int kMaxIterations = 512;

    QString id() const override { return QStringLiteral("mandelbrot"); }
    QString displayName() const override { return QStringLiteral("Mandelbrot set"); }
    QString description() const override;
    QString stresses() const override { return QStringLiteral("compute, irregular cost"); }
    qint64 defaultSize() const override;
    double bytesPerItem() const override { return sizeof(MandelbrotPoint) + sizeof(int); }
    bool hasReduction() const override { return true; }
    QString reductionName() const override { return QStringLiteral("total iterations"); }
    std::unique_ptr<WorkloadData> prepare(qint64 n, const QVariantMap &params,
                                          QString *error) const override;
};

} // namespace pb
