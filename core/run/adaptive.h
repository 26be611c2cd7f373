#pragma once

#include "core/model/runconfig.h"

#include <QList>

namespace pb {

/// Why a cell stopped repeating.
enum class StopReason { NeedMore, FixedCountReached, CiTargetReached, TimeBudget, MaxRepetitions };

/// Decides after each timed repetition whether a cell needs another one.
/// Fixed policy: exactly `repetitions`. Adaptive: at least `repetitions` (and at least 6, the
/// smallest n whose order-statistic median CI reaches 95%), then until the CI's relative width
/// is <= targetRelCi, the time budget is spent, or maxRepetitions is reached.
StopReason nextStep(const RepetitionPolicy &policy, const QList<qint64> &samplesNs,
                    double elapsedSec);

QString stopReasonName(StopReason r);

} // namespace pb
