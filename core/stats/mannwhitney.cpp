#include "core/stats/mannwhitney.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace pb::stats {
namespace {

// SciPy switches to the normal approximation when both samples have more than 8 values.
constexpr int kExactMaxSmallerSample = 8;
// Beyond this the exact distribution (m·n + 1 coefficients) is not worth its cost.
constexpr double kExactMaxProduct = 1e6;

/// Counts of arrangements per U value: the coefficients of the Gaussian binomial
/// [m + n choose m]_q = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i). Index k = U.
QList<double> uDistributionCounts(int m, int n)
{
    if (m > n)
        std::swap(m, n);
    const qsizetype top = qsizetype(m) * n;
    QList<double> c(top + 1, 0.0);
    c[0] = 1;
    for (int i = 1; i <= m; ++i) {
        // Multiply by (1 - q^(n+i)), highest power first so each term is used once.
        for (qsizetype k = top; k >= n + i; --k)
            c[k] -= c[k - (n + i)];
        // Divide by (1 - q^i): the quotient's coefficients accumulate from the lowest power.
        for (qsizetype k = i; k <= top; ++k)
            c[k] += c[k - i];
    }
    return c;
}

/// P(U >= u) under the null hypothesis, from the exact distribution.
double exactUpperTail(int m, int n, double u)
{
    const QList<double> counts = uDistributionCounts(m, n);
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    double tail = 0;
    for (qsizetype k = counts.size() - 1; k >= 0 && double(k) >= u - 1e-9; --k)
        tail += counts[k];
    return tail / total;
}

struct Ranked
{
    double rankSumX = 0;
    double tieTerm = 0; ///< sum over tie groups of t^3 - t
};

Ranked rank(const QList<double> &x, const QList<double> &y)
{
    QList<std::pair<double, bool>> all; // (value, from x)
    all.reserve(x.size() + y.size());
    for (double v : x)
        all.append({v, true});
    for (double v : y)
        all.append({v, false});
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    Ranked r;
    for (qsizetype i = 0; i < all.size();) {
        qsizetype j = i;
        while (j < all.size() && all[j].first == all[i].first)
            ++j;
        const double midRank = (double(i + 1) + double(j)) / 2; // ranks are 1-based
        const double t = double(j - i);
        r.tieTerm += t * t * t - t;
        for (qsizetype k = i; k < j; ++k)
            if (all[k].second)
                r.rankSumX += midRank;
        i = j;
    }
    return r;
}

} // namespace

MannWhitney mannWhitneyU(const QList<double> &x, const QList<double> &y)
{
    MannWhitney out;
    const int n1 = int(x.size());
    const int n2 = int(y.size());
    if (n1 == 0 || n2 == 0)
        return out;
    const Ranked r = rank(x, y);
    out.u1 = r.rankSumX - double(n1) * (n1 + 1) / 2;
    const double product = double(n1) * n2;
    const double u = std::max(out.u1, product - out.u1);
    const bool ties = r.tieTerm > 0;
    if (!ties && std::min(n1, n2) <= kExactMaxSmallerSample && product <= kExactMaxProduct) {
        out.exact = true;
        out.pValue = std::min(1.0, 2 * exactUpperTail(n1, n2, u));
        return out;
    }
    const double n = double(n1) + n2;
    const double variance = product / 12 * ((n + 1) - r.tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return out; // every value tied: no evidence of a difference
    const double z = (u - product / 2 - 0.5) / std::sqrt(variance);
    out.pValue = std::clamp(std::erfc(z / std::sqrt(2.0)), 0.0, 1.0);
    return out;
}

double mannWhitneyMinimumP(int n1, int n2)
{
    if (n1 < 1 || n2 < 1)
        return 1;
    // Complete separation is the most extreme outcome: one arrangement in C(n1 + n2, n1) on
    // each side.
    double choose = 1;
    const int k = std::min(n1, n2);
    for (int i = 1; i <= k; ++i)
        choose = choose * (n1 + n2 - k + i) / i;
    return std::min(1.0, 2 / choose);
}

} // namespace pb::stats
