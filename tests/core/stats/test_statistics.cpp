#include "core/stats/statistics.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace pb;
using namespace pb::stats;

namespace {

// Unsorted on purpose: the functions must not rely on input order.
const QList<double> kSeven{12.5, 10.1, 11.3, 15.7, 9.8, 13.2, 10.9};

QList<double> sortedCopy(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

TEST(Statistics, DescriptiveMatchPythonStatistics)
{
    // python3 -c 'import statistics as s; v=[12.5,10.1,11.3,15.7,9.8,13.2,10.9];
    //             print(s.mean(v), s.stdev(v), s.median(v))'
    // -> 11.928571428571429 2.0613218135574116 11.3
    EXPECT_DOUBLE_EQ(minimum(kSeven), 9.8);
    EXPECT_DOUBLE_EQ(maximum(kSeven), 15.7);
    EXPECT_NEAR(mean(kSeven), 11.928571428571429, 1e-12);
    EXPECT_NEAR(stddev(kSeven), 2.0613218135574116, 1e-12);
    EXPECT_DOUBLE_EQ(median(kSeven), 11.3);
}

TEST(Statistics, EvenMedianAndStddevOfFour)
{
    // python3 -c 'import statistics as s; print(s.median([4,1,3,2]), s.stdev([4,1,3,2]))'
    // -> 2.5 1.2909944487358056
    const QList<double> v{4, 1, 3, 2};
    EXPECT_DOUBLE_EQ(median(v), 2.5);
    EXPECT_NEAR(stddev(v), 1.2909944487358056, 1e-12);
}

TEST(Statistics, EmptyAndSingleValue)
{
    EXPECT_EQ(median({}), 0);
    EXPECT_EQ(mean({}), 0);
    EXPECT_EQ(stddev({5.0}), 0); // n - 1 = 0: defined as 0 by the header
    EXPECT_EQ(median({5.0}), 5.0);
    EXPECT_EQ(quantile({}, 0.5), 0);
}

TEST(Statistics, QuantileType7MatchesPythonInclusive)
{
    // python3 -c 'import statistics as s; v=[12.5,10.1,11.3,15.7,9.8,13.2,10.9];
    //   print(s.quantiles(v, n=4, method="inclusive"), s.quantiles(v, n=10, method="inclusive"))'
    // -> [10.5, 11.3, 12.85] [9.98, ..., 14.2]
    EXPECT_NEAR(quantile(kSeven, 0.25), 10.5, 1e-12);
    EXPECT_NEAR(quantile(kSeven, 0.5), 11.3, 1e-12);
    EXPECT_NEAR(quantile(kSeven, 0.75), 12.85, 1e-12);
    EXPECT_NEAR(quantile(kSeven, 0.1), 9.98, 1e-12);
    EXPECT_NEAR(quantile(kSeven, 0.9), 14.2, 1e-12);
    EXPECT_DOUBLE_EQ(quantile(kSeven, 0.0), 9.8);
    EXPECT_DOUBLE_EQ(quantile(kSeven, 1.0), 15.7);
    // [4,1,3,2] -> python inclusive quartiles [1.75, 2.5, 3.25]
    EXPECT_NEAR(quantile({4, 1, 3, 2}, 0.25), 1.75, 1e-12);
    EXPECT_NEAR(quantile({4, 1, 3, 2}, 0.75), 3.25, 1e-12);
}

// Order-statistic indices verified with
// python3 -c 'from math import comb
// cov=lambda n,j: sum(comb(n,k) for k in range(j,n-j+1))/2**n
// print(cov(6,1), cov(6,2), cov(10,2), cov(10,3), cov(20,6), cov(20,7), cov(5,1))'
// -> 0.96875 0.78125 0.978515625 0.890625 0.9586... 0.8846... 0.9375
// so n=6 -> (1st, 6th), n=10 -> (2nd, 9th), n=20 -> (6th, 15th), n=5 has no 95 % pair.
TEST(Statistics, MedianCiN6UsesExtremes)
{
    const Interval ci = medianCi95({7, 3, 9, 1, 5, 8});
    EXPECT_EQ(ci.low, 1);
    EXPECT_EQ(ci.high, 9);
}

TEST(Statistics, MedianCiN10UsesSecondAndNinth)
{
    const QList<double> v{31, 12, 45, 27, 19, 38, 22, 50, 15, 33};
    const QList<double> s = sortedCopy(v); // 12 15 19 22 27 31 33 38 45 50
    const Interval ci = medianCi95(v);
    EXPECT_EQ(ci.low, s[1]);
    EXPECT_EQ(ci.high, s[8]);
    EXPECT_EQ(ci.low, 15);
    EXPECT_EQ(ci.high, 45);
}

TEST(Statistics, MedianCiN20UsesSixthAndFifteenth)
{
    // 100..119 shuffled: the k-th order statistic is 99 + k.
    const QList<double> v{111, 105, 117, 119, 109, 100, 116, 101, 115, 106,
                          110, 113, 114, 112, 107, 103, 108, 102, 118, 104};
    const Interval ci = medianCi95(v);
    EXPECT_EQ(ci.low, 105);
    EXPECT_EQ(ci.high, 114);
}

TEST(Statistics, MedianCiBelowSixIsMinMax)
{
    const Interval ci = medianCi95({4, 2, 8, 6, 5});
    EXPECT_EQ(ci.low, 2);
    EXPECT_EQ(ci.high, 8);
    const Interval one = medianCi95({3});
    EXPECT_EQ(one.low, 3);
    EXPECT_EQ(one.high, 3);
}

TEST(Statistics, MedianCiLargeNStaysFiniteAndNarrowsAroundMedian)
{
    // n = 2000: comb(n, k) overflows doubles, 2^-n underflows; the pair must still be exact.
    // python3 -c 'from math import comb; n=2000
    //   cov=lambda j: sum(comb(n,k) for k in range(j,n-j+1))/2**n
    //   print(max(j for j in range(1,n//2+1) if cov(j)>=0.95))'  -> 956, i.e. (956th, 1045th)
    QList<double> v;
    for (int i = 0; i < 2000; ++i)
        v.append(i); // k-th order statistic is k - 1
    const Interval ci = medianCi95(v);
    EXPECT_EQ(ci.low, 955);
    EXPECT_EQ(ci.high, 1044);
}

TEST(Statistics, TukeyFlagsTheSpike)
{
    // Sorted 10 10 11 11 12 50: Q1 = 10.25, Q3 = 11.75 (type 7), IQR 1.5, fences 8.0 / 14.0.
    EXPECT_EQ(tukeyOutliers({10, 11, 12, 11, 10, 50}), QList<int>{5});
    // Low outlier as well: sorted 1 100 100 101 102 103 -> Q1 100, Q3 101.75, fences 97.375 /
    // 104.375 -> index of 1 only.
    EXPECT_EQ(tukeyOutliers({100, 101, 1, 102, 100, 103}), QList<int>{2});
    EXPECT_TRUE(tukeyOutliers({1, 2, 3, 4, 5, 6}).isEmpty());
    EXPECT_TRUE(tukeyOutliers({1, 2, 1000}).isEmpty()); // n < 4
}

TEST(Statistics, BootstrapConstantDataGivesExactRatio)
{
    // Every resample of constant lists has medians 300 and 100.
    const Interval ci = bootstrapRatioOfMediansCi({300, 300, 300}, {100, 100, 100, 100});
    EXPECT_DOUBLE_EQ(ci.low, 3.0);
    EXPECT_DOUBLE_EQ(ci.high, 3.0);
}

TEST(Statistics, BootstrapContainsPointRatioAndIsDeterministic)
{
    const QList<double> serial{1000, 1040, 980, 1100, 1010, 995, 1060, 1020};
    const QList<double> cell{520, 560, 500, 610, 530, 515, 545, 590};
    const double point = median(serial) / median(cell);
    const Interval a = bootstrapRatioOfMediansCi(serial, cell);
    const Interval b = bootstrapRatioOfMediansCi(serial, cell);
    EXPECT_LE(a.low, point);
    EXPECT_GE(a.high, point);
    EXPECT_LT(a.low, a.high);
    EXPECT_EQ(a.low, b.low);
    EXPECT_EQ(a.high, b.high);
    // Every resampled ratio lies between the extreme ratios of the data.
    EXPECT_GE(a.low, minimum(serial) / maximum(cell));
    EXPECT_LE(a.high, maximum(serial) / minimum(cell));
    // Another seed gives another (still valid) interval: the seed is really used.
    const Interval c = bootstrapRatioOfMediansCi(serial, cell, 2000, 12345);
    EXPECT_TRUE(c.low != a.low || c.high != a.high);
}

TEST(Statistics, BootstrapNarrowsWithTighterData)
{
    const QList<double> wideNum{900, 1100, 950, 1080, 1020, 960, 1050, 990};
    const QList<double> wideDen{450, 560, 470, 540, 510, 480, 530, 500};
    QList<double> tightNum, tightDen;
    // Same centres, one tenth of the deviation.
    for (double x : wideNum)
        tightNum.append(1000 + (x - 1000) / 10);
    for (double x : wideDen)
        tightDen.append(500 + (x - 500) / 10);
    const Interval wide = bootstrapRatioOfMediansCi(wideNum, wideDen);
    const Interval tight = bootstrapRatioOfMediansCi(tightNum, tightDen);
    EXPECT_LT(tight.high - tight.low, (wide.high - wide.low) / 3);
}

TEST(Statistics, SummarizeFillsEveryField)
{
    // Integer ns with one spike at index 7.
    const QList<qint64> ns{125, 101, 113, 157, 98, 132, 109, 400};
    const CellStats s = summarize(ns);
    // python3 -c 'import statistics as s; v=[125,101,113,157,98,132,109,400];
    //   print(s.median(v), s.mean(v), s.stdev(v))' -> 119.0 154.375 101.06566111762618
    EXPECT_EQ(s.n, 8);
    EXPECT_EQ(s.minNs, 98);
    EXPECT_EQ(s.maxNs, 400);
    EXPECT_DOUBLE_EQ(s.medianNs, 119.0);
    EXPECT_DOUBLE_EQ(s.meanNs, 154.375);
    EXPECT_NEAR(s.stddevNs, 101.06566111762618, 1e-9);
    // n = 8: cov(8,1) = 0.992, cov(8,2) = 0.930 -> (1st, 8th) = [98, 400].
    EXPECT_EQ(s.medianCiLowNs, 98);
    EXPECT_EQ(s.medianCiHighNs, 400);
    EXPECT_DOUBLE_EQ(s.relCiWidth, (400.0 - 98.0) / 119.0);
    // Inclusive quartiles [107.0, 138.25] -> upper fence 185.125: only 400 (index 7).
    EXPECT_EQ(s.outlierIndices, QList<int>{7});
    EXPECT_EQ(s.speedup, 0);
    EXPECT_FALSE(s.karpFlatt.has_value());
}

TEST(Statistics, SummarizeEmptyIsZero)
{
    EXPECT_EQ(summarize({}), CellStats{});
}

TEST(Statistics, ApplyBaselineSpeedupEfficiencyKarpFlatt)
{
    const QList<qint64> serial{1000, 1000, 1000, 1000, 1000, 1000};
    const QList<qint64> cell{400, 400, 400, 400, 400, 400};
    CellStats s = summarize(cell);
    applyBaseline(s, cell, serial, 4);
    // By hand: S = 1000 / 400 = 2.5; E = 2.5 / 4 = 0.625;
    // e = (1/2.5 - 1/4) / (1 - 1/4) = 0.15 / 0.75 = 0.2. Constant data: CI collapses to S.
    EXPECT_DOUBLE_EQ(s.speedup, 2.5);
    EXPECT_DOUBLE_EQ(s.efficiency, 0.625);
    ASSERT_TRUE(s.karpFlatt.has_value());
    EXPECT_NEAR(*s.karpFlatt, 0.2, 1e-12);
    EXPECT_DOUBLE_EQ(s.speedupCiLow, 2.5);
    EXPECT_DOUBLE_EQ(s.speedupCiHigh, 2.5);
    EXPECT_EQ(s.medianNs, 400); // descriptive part untouched
}

TEST(Statistics, ApplyBaselineOneWorkerHasNoKarpFlatt)
{
    const QList<qint64> serial{1000, 1010, 990, 1005, 995, 1000};
    const QList<qint64> cell{1100, 1110, 1090, 1105, 1095, 1100};
    CellStats s = summarize(cell);
    applyBaseline(s, cell, serial, 1);
    EXPECT_NEAR(s.speedup, 1000.0 / 1100.0, 1e-12);
    EXPECT_NEAR(s.efficiency, s.speedup, 1e-12);
    EXPECT_FALSE(s.karpFlatt.has_value());
    EXPECT_LE(s.speedupCiLow, s.speedup);
    EXPECT_GE(s.speedupCiHigh, s.speedup);
}

TEST(Statistics, ApplyBaselineWithoutSerialLeavesZeros)
{
    const QList<qint64> cell{400, 400, 400};
    CellStats s = summarize(cell);
    applyBaseline(s, cell, {}, 2);
    EXPECT_EQ(s.speedup, 0);
    EXPECT_EQ(s.efficiency, 0);
    EXPECT_FALSE(s.karpFlatt.has_value());
}
