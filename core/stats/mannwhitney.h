#pragma once

#include <QList>

namespace pb::stats {

/// Outcome of a two-sided Mann–Whitney U test.
struct MannWhitney
{
    double u1 = 0;      ///< U statistic of the first sample (as scipy.stats.mannwhitneyu reports)
    double pValue = 1;  ///< two-sided
    bool exact = false; ///< exact null distribution (else normal approximation)
};

/// Two-sided Mann–Whitney U test of x against y, computed the way SciPy's mannwhitneyu
/// (method "auto", continuity correction on) does, which Google Benchmark's compare.py calls:
/// the exact distribution when either sample has at most 8 values and there are no ties, else
/// the normal approximation with tie correction and a continuity correction of 0.5.
/// Either sample empty: p = 1. Every value tied: p = 1.
MannWhitney mannWhitneyU(const QList<double> &x, const QList<double> &y);

/// The smallest two-sided p-value any outcome can reach with n1 vs n2 values (no ties).
/// 3 vs 3: 0.1, 4 vs 4: 0.029; it says whether significance is possible at all.
double mannWhitneyMinimumP(int n1, int n2);

} // namespace pb::stats
