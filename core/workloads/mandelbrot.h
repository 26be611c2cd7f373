#pragma once

#include <parabench/specworkload.h>

namespace pb {

/// A point c of the complex plane (one pixel centre).
struct MandelbrotPoint
{
    double re = 0;
    double im = 0;
};

/// Mandelbrot set: one item per pixel, escape-time iteration count of z -> z^2 + c, from 1 to
/// 512 iterations (irregular cost).
struct MandelbrotSpec
{
    using In = MandelbrotPoint;
    using Out = int;
    static constexpr int kWidth = 1024;
    static constexpr int kMaxIterations = 512;
    static constexpr WorkloadInfo info{
        .id = "mandelbrot",
        .name = "Mandelbrot set",
        .description =
            "Renders the Mandelbrot set over the classic view (re in [-2.5, 1], im in [-1.25, "
            "1.25]) as an image 1024 pixels wide and ceil(n / 1024) rows high, one item per "
            "pixel in row order. Each item returns the escape-time iteration count of z -> z^2 "
            "+ c, capped at 512. Pixels inside the set cost 512 iterations, pixels far outside "
            "only a few, and the expensive pixels cluster in the middle rows: the cost per item "
            "is irregular, which punishes static partitioning. The reduction is the total "
            "iteration count.",
        .stresses = "compute, irregular cost",
        .defaultSize = qint64(kWidth) * 2048, // ~0.4 s serial at ~200 ns per pixel
        .reduction = "total iterations"};
    /// Counts are in [0, 512]; -1 is never returned.
    static constexpr int sentinel = -1;

    int maxIterations = kMaxIterations;

    /// Pixel i of an image kWidth wide and ceil(n / kWidth) high.
    In input(qint64 i, qint64 n) const
    {
        // The classic view of the whole set.
        constexpr double kReMin = -2.5, kReMax = 1.0, kImMin = -1.25, kImMax = 1.25;
        const qint64 height = (n + kWidth - 1) / kWidth;
        const double dx = (kReMax - kReMin) / kWidth;
        const double dy = (kImMax - kImMin) / double(height);
        const qint64 col = i % kWidth, row = i / kWidth;
        return {kReMin + (double(col) + 0.5) * dx, kImMax - (double(row) + 0.5) * dy};
    }

    Out operator()(const In &c) const
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

using MandelbrotData = SpecWorkload<MandelbrotSpec>::Data;

} // namespace pb
