#include "core/workloads/mandelbrot.h"

#include "core/workloads/workloadutil.h"

namespace pb {

namespace {
// The classic view of the whole set.
constexpr double kReMin = -2.5, kReMax = 1.0;
constexpr double kImMin = -1.25, kImMax = 1.25;
} // namespace

QString MandelbrotWorkload::description() const
{
    return QStringLiteral(
        "Renders the Mandelbrot set over the classic view (re in [-2.5, 1], im in [-1.25, 1.25]) "
        "as an image 1024 pixels wide and ceil(n / 1024) rows high, one item per pixel in row "
        "order. Each item returns the escape-time iteration count of z -> z^2 + c, capped at "
        "512. Pixels inside the set cost 512 iterations, pixels far outside only a few, and "
        "the expensive pixels cluster in the middle rows: the cost per item is irregular, "
        "which punishes static partitioning. The reduction is the total iteration count.");
}

qint64 MandelbrotWorkload::defaultSize() const
{
    return qint64(kWidth) * 2048; // ~0.4 s serial at ~200 ns per pixel
}

std::unique_ptr<WorkloadData> MandelbrotWorkload::prepare(qint64 n, const QVariantMap &params,
                                                          QString *error) const
{
    if (!wl::checkParamKeys(id(), params, {}, error))
        return nullptr;
    const qint64 height = (n + kWidth - 1) / kWidth;
    const double dx = (kReMax - kReMin) / kWidth;
    const double dy = (kImMax - kImMin) / double(height);
    QList<MandelbrotPoint> input(n);
    for (qint64 i = 0; i < n; ++i) {
        const qint64 col = i % kWidth, row = i / kWidth;
        input[i] = {kReMin + (double(col) + 0.5) * dx, kImMax - (double(row) + 0.5) * dy};
    }
    // Counts are in [0, 512]; -1 is never returned.
    return std::make_unique<MandelbrotData>(std::move(input), MandelbrotKernel{kMaxIterations}, -1,
                                            0.0, true);
}

} // namespace pb
