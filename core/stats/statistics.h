#pragma once

#include "core/model/result.h"

#include <QList>

namespace pb::stats {

/// A closed interval [low, high].
struct Interval
{
    double low = 0;
    double high = 0;
};

double minimum(const QList<double> &v);
double maximum(const QList<double> &v);
double mean(const QList<double> &v);
/// Sample standard deviation (n - 1 in the denominator); 0 for fewer than two values.
double stddev(const QList<double> &v);
/// Median (mean of the two middle values for even n); 0 for an empty list.
double median(QList<double> v);
/// Quantile with linear interpolation between order statistics (type 7, as R and NumPy).
double quantile(QList<double> v, double p);

/// Distribution-free 95% CI of the median from order statistics (binomial, as in
/// Conover / Hollander & Wolfe). For n < 6 no pair of order statistics reaches 95%: the
/// interval is [min, max] and the confidence is lower than nominal.
Interval medianCi95(QList<double> v);

/// Indices of samples outside Tukey's fences [Q1 - 1.5 IQR, Q3 + 1.5 IQR]; empty for n < 4.
QList<int> tukeyOutliers(const QList<double> &v);

/// Percentile-bootstrap 95% CI of median(numerator) / median(denominator), resampling each
/// list independently. Deterministic: fixed seed.
Interval bootstrapRatioOfMediansCi(const QList<double> &numerator, const QList<double> &denominator,
                                   int resamples = 2000, quint64 seed = 0x5eed);

/// Descriptive statistics of timed samples (ns): n, min/max/median/mean/stddev, median CI,
/// relative CI width, Tukey outliers. Speedup fields stay 0.
CellStats summarize(const QList<qint64> &samplesNs);

/// Fills speedup (+ bootstrap CI), efficiency and Karp–Flatt of `cell` against the serial
/// baseline samples.
void applyBaseline(CellStats &cell, const QList<qint64> &cellSamplesNs,
                   const QList<qint64> &serialSamplesNs, int workers);

QList<double> toDoubles(const QList<qint64> &v);

} // namespace pb::stats
