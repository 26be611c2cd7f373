#pragma once

namespace pb::ui {

/// The charts ParaBench draws. Change: the ticked runs against the baseline run; Machines: the
/// best speedup per machine.
enum class ChartKind { Time, Speedup, Efficiency, Granularity, Change, Machines };

} // namespace pb::ui
