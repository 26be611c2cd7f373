#include "core/stats/amdahl.h"

#include <gtest/gtest.h>

using namespace pb;

namespace {

// Exact Amdahl speedups, written out independently of amdahlSpeedup().
QList<SpeedupPoint> synthetic(double f, const QList<int> &workers)
{
    QList<SpeedupPoint> pts;
    for (int w : workers)
        pts.append({w, 1.0 / (f + (1.0 - f) / w)});
    return pts;
}

} // namespace

TEST(Amdahl, SpeedupFormulaByHand)
{
    // 1 / (0.1 + 0.9/4) = 1 / 0.325 = 3.0769230769...
    EXPECT_NEAR(amdahlSpeedup(0.1, 4), 1 / 0.325, 1e-12);
    EXPECT_DOUBLE_EQ(amdahlSpeedup(0.0, 8), 8.0);
    EXPECT_DOUBLE_EQ(amdahlSpeedup(1.0, 8), 1.0);
    EXPECT_DOUBLE_EQ(amdahlSpeedup(0.5, 2), 1 / 0.75);
}

TEST(Amdahl, RecoversKnownSerialFractions)
{
    for (double f : {0.1, 0.0, 0.5, 0.03}) {
        const auto fit = fitAmdahl(QStringLiteral("mapped"), synthetic(f, {1, 2, 4, 8}));
        ASSERT_TRUE(fit.has_value()) << f;
        EXPECT_NEAR(fit->serialFraction, f, 1e-9) << f;
        EXPECT_NEAR(fit->rSquared, 1.0, 1e-9) << f;
        EXPECT_EQ(fit->points, 4);
        EXPECT_EQ(fit->strategy, QStringLiteral("mapped"));
    }
}

TEST(Amdahl, RecoversWithNoise)
{
    // f = 0.1 on w = 1,2,4,8 with speedups scaled by 1.00, 1.02, 0.98, 1.02. Reference fit by
    // the same linearisation, computed in Python:
    // python3 -c 'f=.1; ws=[1,2,4,8]; n=[1,1.02,.98,1.02]
    //   S=[1/(f+(1-f)/w)*k for w,k in zip(ws,n)]; x=[1-1/w for w in ws]
    //   y=[1/s-1/w for s,w in zip(S,ws)]; fh=sum(a*b for a,b in zip(x,y))/sum(a*a for a in x)
    //   p=[1/(fh+(1-fh)/w) for w in ws]; m=sum(S)/4
    //   print(fh, 1-sum((a-b)**2 for a,b in zip(S,p))/sum((a-m)**2 for a in S))'
    // -> 0.09742510865732434 0.9988498266108968
    QList<SpeedupPoint> pts = synthetic(0.1, {1, 2, 4, 8});
    const double noise[] = {1.0, 1.02, 0.98, 1.02};
    for (int i = 0; i < pts.size(); ++i)
        pts[i].speedup *= noise[i];
    const auto fit = fitAmdahl(QStringLiteral("chunked"), pts);
    ASSERT_TRUE(fit.has_value());
    EXPECT_NEAR(fit->serialFraction, 0.1, 0.01);
    EXPECT_NEAR(fit->serialFraction, 0.09742510865732434, 1e-9);
    EXPECT_NEAR(fit->rSquared, 0.9988498266108968, 1e-9);
    EXPECT_LT(fit->rSquared, 1.0);
}

TEST(Amdahl, NeedsAPointAboveOneWorker)
{
    EXPECT_FALSE(fitAmdahl(QStringLiteral("x"), {}).has_value());
    EXPECT_FALSE(fitAmdahl(QStringLiteral("x"), {{1, 1.0}}).has_value());
    // A failed cell (speedup 0) is not a usable point either.
    EXPECT_FALSE(fitAmdahl(QStringLiteral("x"), {{1, 1.0}, {4, 0.0}}).has_value());
    // One point with w > 1 is enough: 1/S - 1/w = f (1 - 1/w) solves exactly.
    // S = 1.6 on 2 workers: (0.625 - 0.5) / 0.5 = 0.25.
    const auto one = fitAmdahl(QStringLiteral("x"), {{2, 1.6}});
    ASSERT_TRUE(one.has_value());
    EXPECT_NEAR(one->serialFraction, 0.25, 1e-12);
    EXPECT_EQ(one->points, 1);
}

TEST(Amdahl, ClampsToUnitInterval)
{
    // Superlinear (S = 1.2 w): f would be negative.
    const auto superlinear = fitAmdahl(QStringLiteral("x"), {{2, 2.4}, {4, 4.8}, {8, 9.6}});
    ASSERT_TRUE(superlinear.has_value());
    EXPECT_EQ(superlinear->serialFraction, 0.0);
    // Slowdown (S = 0.5 everywhere): 1/S - 1/w = 2 - 1/w > 1 - 1/w, so f would exceed 1.
    const auto slowdown = fitAmdahl(QStringLiteral("x"), {{2, 0.5}, {4, 0.5}, {8, 0.5}});
    ASSERT_TRUE(slowdown.has_value());
    EXPECT_EQ(slowdown->serialFraction, 1.0);
    // The clamped curve is flat at 1 while all speedups are 0.5: it explains nothing.
    EXPECT_LE(slowdown->rSquared, 0.0);
}

TEST(Amdahl, KarpFlattByHand)
{
    // (1/1.6 - 1/2) / (1 - 1/2) = 0.125 / 0.5 = 0.25
    EXPECT_NEAR(*karpFlatt(1.6, 2), 0.25, 1e-12);
    // (1/3 - 1/4) / (3/4) = (1/12) / (3/4) = 1/9
    EXPECT_NEAR(*karpFlatt(3.0, 4), 1.0 / 9.0, 1e-12);
    // Perfect speedup: e = 0. Amdahl data: e equals f on every p.
    EXPECT_NEAR(*karpFlatt(8.0, 8), 0.0, 1e-12);
    EXPECT_NEAR(*karpFlatt(1.0 / (0.2 + 0.8 / 6), 6), 0.2, 1e-12);
    EXPECT_FALSE(karpFlatt(1.0, 1).has_value());
    EXPECT_FALSE(karpFlatt(0.0, 4).has_value());
    EXPECT_FALSE(karpFlatt(-1.0, 4).has_value());
}
