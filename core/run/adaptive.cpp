#include "core/run/adaptive.h"

#include "core/stats/statistics.h"

#include <algorithm>

namespace pb {

namespace {

// Smallest n for which a pair of order statistics covers the median with >= 95 %
// (n = 6: [x_(1), x_(6)], 96.9 %). Below it the CI is [min, max] at lower confidence.
constexpr int kMinAdaptiveRepetitions = 6;

} // namespace

StopReason nextStep(const RepetitionPolicy &policy, const QList<qint64> &samplesNs,
                    double elapsedSec)
{
    const qsizetype n = samplesNs.size();
    if (!policy.adaptive)
        return n >= policy.repetitions ? StopReason::FixedCountReached : StopReason::NeedMore;

    const int minimum = std::max(policy.repetitions, kMinAdaptiveRepetitions);
    // The minimum comes before the time budget, so every cell gets a valid 95 % CI;
    // only the hard cap can cut it shorter.
    if (n < minimum && n < policy.maxRepetitions)
        return StopReason::NeedMore;
    if (n >= minimum && stats::summarize(samplesNs).relCiWidth <= policy.targetRelCi)
        return StopReason::CiTargetReached;
    if (n >= policy.maxRepetitions)
        return StopReason::MaxRepetitions;
    if (elapsedSec >= policy.timeBudgetSec)
        return StopReason::TimeBudget;
    return StopReason::NeedMore;
}

QString stopReasonName(StopReason r)
{
    switch (r) {
    case StopReason::NeedMore:
        return QStringLiteral("need-more");
    case StopReason::FixedCountReached:
        return QStringLiteral("fixed-count");
    case StopReason::CiTargetReached:
        return QStringLiteral("ci-target");
    case StopReason::TimeBudget:
        return QStringLiteral("time-budget");
    case StopReason::MaxRepetitions:
        return QStringLiteral("max-repetitions");
    }
    return QStringLiteral("unknown");
}

} // namespace pb
