#include "core/stats/statistics.h"

#include "core/stats/amdahl.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>

namespace pb::stats {

namespace {

// Binomial(n, 1/2) probability of exactly k, in log space so that large n neither overflows
// the binomial coefficient nor underflows 2^-n.
double binomialHalfPmf(int n, int k)
{
    const double logP =
        std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) - n * std::log(2.0);
    return std::exp(logP);
}

// Median of v, reordering it. v must not be empty.
double medianInPlace(QList<double> &v)
{
    const auto mid = v.begin() + v.size() / 2;
    std::nth_element(v.begin(), mid, v.end());
    const double upper = *mid;
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), mid);
    return (lower + upper) / 2;
}

// One bootstrap resample's median. The modulo bias is below n / 2^64: irrelevant here, and
// unlike std::uniform_int_distribution it gives the same stream on every standard library.
double resampledMedian(const QList<double> &v, std::mt19937_64 &rng, QList<double> &buf)
{
    const auto n = static_cast<std::uint64_t>(v.size());
    buf.resize(v.size());
    for (double &x : buf)
        x = v[static_cast<qsizetype>(rng() % n)];
    return medianInPlace(buf);
}

} // namespace

double minimum(const QList<double> &v)
{
    return v.isEmpty() ? 0.0 : *std::min_element(v.begin(), v.end());
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

double mean(const QList<double> &v)
{
    if (v.isEmpty())
        return 0;
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double stddev(const QList<double> &v)
{
    if (v.size() < 2)
        return 0;
    const double m = mean(v);
    double sum = 0;
    for (double x : v)
        sum += (x - m) * (x - m);
    return std::sqrt(sum / static_cast<double>(v.size() - 1));
}

double median(QList<double> v)
{
    return v.isEmpty() ? 0.0 : medianInPlace(v);
}

double quantile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const double h = static_cast<double>(v.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<qsizetype>(std::floor(h));
    if (lo + 1 >= v.size())
        return v.last();
    return v[lo] + (h - static_cast<double>(lo)) * (v[lo + 1] - v[lo]);
}

Interval medianCi95(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    const int n = static_cast<int>(v.size());
    // Coverage of [x_(j), x_(n-j+1)] is P(j <= B <= n-j), B ~ Binomial(n, 1/2): by symmetry
    // 1 - 2 * P(B < j). Walk j up while the next pair still covers 95 %.
    double tail = binomialHalfPmf(n, 0); // P(B < j) for j = 1
    if (1 - 2 * tail < 0.95)
        return {v.first(), v.last()}; // n < 6: even the widest pair is below 95 %
    int j = 1;
    while (j + 1 <= n / 2) {
        const double nextTail = tail + binomialHalfPmf(n, j);
        if (1 - 2 * nextTail < 0.95)
            break;
        tail = nextTail;
        ++j;
    }
    return {v[j - 1], v[n - j]};
}

QList<int> tukeyOutliers(const QList<double> &v)
{
    QList<int> out;
    if (v.size() < 4)
        return out;
    const double q1 = quantile(v, 0.25);
    const double q3 = quantile(v, 0.75);
    const double iqr = q3 - q1;
    const double lowFence = q1 - 1.5 * iqr;
    const double highFence = q3 + 1.5 * iqr;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (v[i] < lowFence || v[i] > highFence)
            out.append(static_cast<int>(i));
    return out;
}

Interval bootstrapRatioOfMediansCi(const QList<double> &numerator, const QList<double> &denominator,
                                   int resamples, quint64 seed)
{
    if (numerator.isEmpty() || denominator.isEmpty() || resamples < 1)
        return {};
    std::mt19937_64 rng(seed);
    QList<double> buf;
    QList<double> ratios;
    ratios.reserve(resamples);
    for (int r = 0; r < resamples; ++r) {
        const double num = resampledMedian(numerator, rng, buf);
        const double den = resampledMedian(denominator, rng, buf);
        if (den > 0) // a zero-time resample has no finite ratio; timings are positive anyway
            ratios.append(num / den);
    }
    if (ratios.isEmpty())
        return {};
    return {quantile(ratios, 0.025), quantile(ratios, 0.975)};
}

CellStats summarize(const QList<qint64> &samplesNs)
{
    CellStats s;
    if (samplesNs.isEmpty())
        return s;
    const QList<double> v = toDoubles(samplesNs);
    s.n = static_cast<int>(v.size());
    s.minNs = minimum(v);
    s.maxNs = maximum(v);
    s.medianNs = median(v);
    s.meanNs = mean(v);
    s.stddevNs = stddev(v);
    const Interval ci = medianCi95(v);
    s.medianCiLowNs = ci.low;
    s.medianCiHighNs = ci.high;
    s.relCiWidth = s.medianNs > 0 ? (ci.high - ci.low) / s.medianNs : 0;
    s.outlierIndices = tukeyOutliers(v);
    return s;
}

void applyBaseline(CellStats &cell, const QList<qint64> &cellSamplesNs,
                   const QList<qint64> &serialSamplesNs, int workers)
{
    cell.speedup = cell.speedupCiLow = cell.speedupCiHigh = cell.efficiency = 0;
    cell.karpFlatt.reset();
    const QList<double> mine = toDoubles(cellSamplesNs);
    const QList<double> serial = toDoubles(serialSamplesNs);
    const double myMedian = median(mine);
    if (serial.isEmpty() || myMedian <= 0 || workers < 1)
        return;
    cell.speedup = median(serial) / myMedian;
    const Interval ci = bootstrapRatioOfMediansCi(serial, mine);
    cell.speedupCiLow = ci.low;
    cell.speedupCiHigh = ci.high;
    cell.efficiency = cell.speedup / workers;
    cell.karpFlatt = pb::karpFlatt(cell.speedup, workers);
}

QList<double> toDoubles(const QList<qint64> &v)
{
    QList<double> out;
    out.reserve(v.size());
    for (qint64 x : v)
        out.append(static_cast<double>(x));
    return out;
}

} // namespace pb::stats
