#pragma once

#include "core/compare/comparison.h"
#include "core/model/result.h"
#include "ui/chartspec.h"
#include "ui/runentry.h"

#include <QList>
#include <optional>

namespace pb::ui {

/// The baseline run among runs (RunEntry::baseline), or nullptr.
const RunEntry *baselineRun(const QList<RunEntry> &runs);

/// The comparison of one run with the baseline, as the Change view and the results table
/// show it; nullopt when there is no baseline or `run` is the baseline.
std::optional<pb::Comparison> comparisonWithBaseline(const QList<RunEntry> &runs,
                                                     const RunEntry &run,
                                                     const pb::CompareOptions &options = {});

/// The Change view: for every visible run other than the baseline, the time ratio to the
/// baseline (new / base median) per worker count and strategy, with the 95% CI as whiskers
/// and each point coloured by its verdict; the no-change line at 1 and the ± noise band.
ChartSpec buildChangeChart(const QList<RunEntry> &runs, const pb::CompareOptions &options = {});

/// The colour of a verdict in the Change view and the table.
QColor verdictColor(pb::Verdict v);
/// The marker of a verdict in the Change view: regressed ▲, improved ◆, within noise ■, no
/// change and too few samples ●, failed ✕ (the colour alone is not enough for everyone).
PointMarker verdictMarker(pb::Verdict v);

} // namespace pb::ui
