#pragma once

#include "core/model/result.h"

#include <QList>

#include <optional>

namespace pb {

/// One measured point of a speedup curve.
struct SpeedupPoint
{
    int workers = 1;
    double speedup = 0;
};

/// Least-squares fit of Amdahl's law S(w) = 1 / (f + (1 - f) / w) to measured speedups.
/// Fits f on 1/S, where the model is linear: 1/S - 1/w = f (1 - 1/w); f clamped to [0, 1]
/// (AmdahlFit::clamped says so). Needs at least one point with w > 1; returns std::nullopt
/// otherwise. How many points make a fit worth reporting is the caller's rule
/// (AmdahlFit::kMinPoints, applied by analyzeResult).
std::optional<AmdahlFit> fitAmdahl(const QString &strategy, const QList<SpeedupPoint> &points);

/// Speedup Amdahl's law predicts for serial fraction f on w workers.
double amdahlSpeedup(double serialFraction, double workers);

/// Karp–Flatt experimentally determined serial fraction e = (1/S - 1/p) / (1 - 1/p);
/// std::nullopt for p <= 1 or S <= 0.
std::optional<double> karpFlatt(double speedup, int workers);

} // namespace pb
