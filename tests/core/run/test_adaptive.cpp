#include "core/run/adaptive.h"

#include <gtest/gtest.h>

#include <random>

using namespace pb;

namespace {

// Runs the repetition loop the way the runner does: one sample, then ask. `elapsedPerRep`
// drives a simulated clock so no test depends on real time.
struct Outcome
{
    StopReason reason = StopReason::NeedMore;
    int repetitions = 0;
};

template <typename Source>
Outcome simulate(const RepetitionPolicy &policy, Source next, double elapsedPerRep)
{
    QList<qint64> samples;
    double clock = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        samples.append(next());
        clock += elapsedPerRep;
        const StopReason r = nextStep(policy, samples, clock);
        if (r != StopReason::NeedMore)
            return {r, static_cast<int>(samples.size())};
    }
    return {StopReason::NeedMore, static_cast<int>(samples.size())};
}

// 100 µs with +-0.1 % uniform jitter.
auto stableSource(std::uint64_t seed)
{
    return [rng = std::mt19937_64(seed)]() mutable {
        std::uniform_int_distribution<qint64> d(-100, 100);
        return 100000 + d(rng);
    };
}

// 100 µs with +-30 % uniform jitter.
auto noisySource(std::uint64_t seed)
{
    return [rng = std::mt19937_64(seed)]() mutable {
        std::uniform_int_distribution<qint64> d(-30000, 30000);
        return 100000 + d(rng);
    };
}

} // namespace

TEST(Adaptive, FixedPolicyStopsAtExactlyRepetitions)
{
    RepetitionPolicy p;
    p.adaptive = false;
    for (int reps : {1, 3, 7}) {
        p.repetitions = reps;
        const Outcome o = simulate(p, noisySource(1), 100.0); // budget and CI are irrelevant
        EXPECT_EQ(o.reason, StopReason::FixedCountReached);
        EXPECT_EQ(o.repetitions, reps);
    }
}

TEST(Adaptive, StableSourceStopsAtTheMinimumWithCiTarget)
{
    RepetitionPolicy p;
    p.adaptive = true;
    p.targetRelCi = 0.02;
    p.repetitions = 3; // below 6: the 95 % CI needs six samples
    Outcome o = simulate(p, stableSource(7), 0.01);
    EXPECT_EQ(o.reason, StopReason::CiTargetReached);
    EXPECT_EQ(o.repetitions, 6);

    p.repetitions = 10; // a larger minimum is respected even when the CI is already tight
    o = simulate(p, stableSource(7), 0.01);
    EXPECT_EQ(o.reason, StopReason::CiTargetReached);
    EXPECT_EQ(o.repetitions, 10);
}

TEST(Adaptive, NoisySourceStopsOnTimeBudget)
{
    // +-30 % never reaches a 2 % CI within 50 samples; 0.25 s per rep on a 2 s budget.
    RepetitionPolicy p;
    p.adaptive = true;
    p.targetRelCi = 0.02;
    p.repetitions = 5;
    p.maxRepetitions = 50;
    p.timeBudgetSec = 2.0;
    const Outcome o = simulate(p, noisySource(42), 0.25);
    EXPECT_EQ(o.reason, StopReason::TimeBudget);
    EXPECT_EQ(o.repetitions, 8); // 8 x 0.25 s = 2 s
}

TEST(Adaptive, NoisySourceStopsAtMaxRepetitions)
{
    RepetitionPolicy p;
    p.adaptive = true;
    p.targetRelCi = 0.02;
    p.maxRepetitions = 30;
    p.timeBudgetSec = 1e9;
    const Outcome o = simulate(p, noisySource(43), 0.25);
    EXPECT_EQ(o.reason, StopReason::MaxRepetitions);
    EXPECT_EQ(o.repetitions, 30);
}

TEST(Adaptive, MinimumComesBeforeTimeBudget)
{
    // Budget already spent after the first rep: still six samples for a valid CI.
    RepetitionPolicy p;
    p.adaptive = true;
    p.repetitions = 2;
    p.timeBudgetSec = 0.1;
    const Outcome o = simulate(p, noisySource(5), 1.0);
    EXPECT_EQ(o.reason, StopReason::TimeBudget);
    EXPECT_EQ(o.repetitions, 6);
}

TEST(Adaptive, DirectDecisions)
{
    RepetitionPolicy p;
    p.adaptive = true;
    p.targetRelCi = 0.02;
    p.repetitions = 5;
    // Five identical samples: CI width 0 but below the minimum of six.
    EXPECT_EQ(nextStep(p, {100, 100, 100, 100, 100}, 0), StopReason::NeedMore);
    EXPECT_EQ(nextStep(p, {100, 100, 100, 100, 100, 100}, 0), StopReason::CiTargetReached);
    // Six samples, [min, max] = [90, 110] around median 100: 20 % > 2 %.
    EXPECT_EQ(nextStep(p, {90, 100, 100, 100, 100, 110}, 0), StopReason::NeedMore);
    EXPECT_EQ(nextStep(p, {90, 100, 100, 100, 100, 110}, 10.0), StopReason::TimeBudget);
}

TEST(Adaptive, StopReasonNamesAreDistinct)
{
    QStringList names{
        stopReasonName(StopReason::NeedMore), stopReasonName(StopReason::FixedCountReached),
        stopReasonName(StopReason::CiTargetReached), stopReasonName(StopReason::TimeBudget),
        stopReasonName(StopReason::MaxRepetitions)};
    EXPECT_EQ(names.removeDuplicates(), 0);
    for (const QString &n : names)
        EXPECT_FALSE(n.isEmpty());
    EXPECT_EQ(stopReasonName(StopReason::TimeBudget), QStringLiteral("time-budget"));
}
