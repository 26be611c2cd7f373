#pragma once

namespace pb::ui {

/// The charts ParaBench draws.
enum class ChartKind { Time, Speedup, Efficiency, Granularity };

} // namespace pb::ui
