#include "core/compare/verdict.h"

#include <gtest/gtest.h>

using namespace pb;

// Criterion.rs (src/analysis/compare.rs): p >= significance -> no change; else the CI of the
// relative change against ± noise threshold.
TEST(Verdict, NotSignificantIsNoChangeWhateverTheCi)
{
    const CompareOptions o;
    EXPECT_EQ(decideVerdict(0.05, 0.20, 0.30, o), Verdict::NoChange); // p == alpha
    EXPECT_EQ(decideVerdict(0.40, -0.30, -0.20, o), Verdict::NoChange);
    EXPECT_EQ(decideVerdict(NAN, 0.20, 0.30, o), Verdict::NoChange);
}

TEST(Verdict, WholeCiBeyondNoiseDecides)
{
    const CompareOptions o; // noise 1 %
    EXPECT_EQ(decideVerdict(0.01, 0.011, 0.05, o), Verdict::Regressed);
    EXPECT_EQ(decideVerdict(0.01, -0.05, -0.011, o), Verdict::Improved);
    EXPECT_EQ(decideVerdict(0.01, 0.005, 0.05, o), Verdict::WithinNoise); // low end inside
    EXPECT_EQ(decideVerdict(0.01, -0.05, -0.009, o), Verdict::WithinNoise);
    EXPECT_EQ(decideVerdict(0.01, -0.02, 0.02, o), Verdict::WithinNoise);
}

TEST(Verdict, NoiseAndAlphaAreOptions)
{
    CompareOptions o;
    o.noise = 0.10;
    EXPECT_EQ(decideVerdict(0.01, 0.05, 0.08, o), Verdict::WithinNoise);
    o.alpha = 0.001;
    EXPECT_EQ(decideVerdict(0.01, 0.20, 0.30, o), Verdict::NoChange);
}

TEST(Verdict, GateNeedsARegressionBeyondTheThreshold)
{
    CompareOptions o;
    CellComparison c;
    c.verdict = Verdict::Regressed;
    c.ratio = 1.07;
    EXPECT_FALSE(failsGate(c, false, o)); // no gate set
    o.failOnRegression = 0.05;
    EXPECT_TRUE(failsGate(c, false, o));
    c.ratio = 1.04; // regressed, but by less than the threshold
    EXPECT_FALSE(failsGate(c, false, o));
    c.ratio = 1.30;
    c.verdict = Verdict::WithinNoise; // not significant beyond the noise: no failure
    EXPECT_FALSE(failsGate(c, false, o));
    c.verdict = Verdict::TooFewSamples;
    EXPECT_FALSE(failsGate(c, false, o));
    c.verdict = Verdict::Failed; // failed in NEW only
    EXPECT_TRUE(failsGate(c, true, o));
    EXPECT_FALSE(failsGate(c, false, o));
}
