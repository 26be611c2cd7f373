#include "core/stats/mannwhitney.h"

#include <gtest/gtest.h>

using namespace pb::stats;

// Reference values: SciPy 1.10.1 (Debian 12, python3-scipy), the library Google Benchmark's
// compare.py calls, produced once with
//   /usr/bin/python3 -c 'from scipy.stats import mannwhitneyu as m; r = m(X, Y,
//                        alternative="two-sided"); print(r.statistic, r.pvalue)'
// (method "auto": exact when a sample has <= 8 values and nothing is tied, else the normal
// approximation with tie and continuity correction).
struct Reference
{
    const char *name;
    QList<double> x, y;
    double u1, p;
    bool exact;
};

class MannWhitneyReference : public testing::TestWithParam<Reference>
{
};

TEST_P(MannWhitneyReference, MatchesScipy)
{
    const Reference &r = GetParam();
    const MannWhitney m = mannWhitneyU(r.x, r.y);
    EXPECT_DOUBLE_EQ(m.u1, r.u1);
    EXPECT_NEAR(m.pValue, r.p, 1e-12 * std::max(1.0, r.p)) << r.name;
    EXPECT_EQ(m.exact, r.exact);
}

INSTANTIATE_TEST_SUITE_P(
    Scipy, MannWhitneyReference,
    testing::Values(
        Reference{"separated3v3", {1, 2, 3}, {4, 5, 6}, 0.0, 0.1, true},
        Reference{"separated4v4", {1, 2, 3, 4}, {5, 6, 7, 8}, 0.0, 0.02857142857142857, true},
        // The prototype's samples (serial vs mapped, 5 vs 5): compare.py printed 0.0079.
        Reference{"separated5v5",
                  {10010, 10120, 9980, 10050, 10200},
                  {5510, 5620, 5480, 5700, 5550},
                  25.0,
                  0.007936507936507936,
                  true},
        Reference{"overlap4v5", {1, 3, 5, 7}, {2, 4, 6, 8, 10}, 6.0, 0.4126984126984127, true},
        Reference{"overlap8v9",
                  {1.1, 2.3, 3.2, 4.8, 5.1, 6.6, 7.2, 8.9},
                  {2.0, 3.9, 4.1, 6.1, 7.7, 8.2, 9.4, 10.5, 11.3},
                  22.0,
                  0.1995886466474702,
                  true},
        Reference{"ties5v6", {1, 2, 2, 3, 4}, {2, 3, 3, 5, 6, 7}, 6.0, 0.11390314458853068, false},
        Reference{"large10v12",
                  {12.1, 13.4, 11.9, 12.8, 13.0, 12.2, 14.1, 12.5, 13.3, 12.9},
                  {13.5, 14.2, 12.7, 13.9, 14.8, 13.1, 14.5, 15.0, 13.6, 14.0, 12.6, 14.4},
                  19.0,
                  0.007574042066784554,
                  false},
        Reference{"alltied3v3", {5, 5, 5}, {5, 5, 5}, 4.5, 1.0, false},
        Reference{"interleaved5v5",
                  {1, 2, 3, 4, 5},
                  {1.5, 2.5, 3.5, 4.5, 0.5},
                  15.0,
                  0.6904761904761905,
                  true}),
    [](const testing::TestParamInfo<Reference> &info) { return std::string(info.param.name); });

TEST(MannWhitney, SymmetricInItsArguments)
{
    const QList<double> a{3.1, 4.7, 2.2, 5.9, 4.0};
    const QList<double> b{6.3, 5.1, 7.8, 6.6, 5.5, 8.0};
    const MannWhitney ab = mannWhitneyU(a, b);
    const MannWhitney ba = mannWhitneyU(b, a);
    EXPECT_DOUBLE_EQ(ab.pValue, ba.pValue);
    EXPECT_DOUBLE_EQ(ab.u1 + ba.u1, double(a.size() * b.size()));
}

TEST(MannWhitney, EmptySampleGivesNoEvidence)
{
    EXPECT_DOUBLE_EQ(mannWhitneyU({}, {1, 2, 3}).pValue, 1.0);
    EXPECT_DOUBLE_EQ(mannWhitneyU({1, 2}, {}).pValue, 1.0);
}

TEST(MannWhitney, ExactAndApproximateAgreeRoughlyForMediumSamples)
{
    // 8 vs 9 without ties is exact; the normal approximation for the same data must be close.
    QList<double> x, y;
    for (int i = 0; i < 8; ++i)
        x << 10.0 + i * 1.3;
    for (int i = 0; i < 9; ++i)
        y << 14.05 + i * 1.1;
    const MannWhitney exact = mannWhitneyU(x, y);
    ASSERT_TRUE(exact.exact);
    x << 100.0; // 9 vs 9: approximation, one more value far above the rest
    y << 101.0;
    const MannWhitney approx = mannWhitneyU(x, y);
    EXPECT_FALSE(approx.exact);
    EXPECT_LT(exact.pValue, 0.05);
    EXPECT_LT(approx.pValue, 0.1);
}

TEST(MannWhitney, MinimumPossiblePValue)
{
    EXPECT_DOUBLE_EQ(mannWhitneyMinimumP(3, 3), 0.1);
    EXPECT_NEAR(mannWhitneyMinimumP(4, 4), 0.02857142857142857, 1e-15);
    EXPECT_NEAR(mannWhitneyMinimumP(5, 5), 0.007936507936507936, 1e-15);
    EXPECT_DOUBLE_EQ(mannWhitneyMinimumP(1, 1), 1.0);
    EXPECT_GT(mannWhitneyMinimumP(3, 3), 0.05); // never significant: the verdict says so
    EXPECT_LT(mannWhitneyMinimumP(4, 4), 0.05);
}
