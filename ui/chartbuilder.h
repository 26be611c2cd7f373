#pragma once

#include "ui/chartkind.h"
#include "ui/chartspec.h"
#include "ui/runentry.h"

#include <QList>
#include <QString>

namespace pb::ui {

/// Turns results into chart specs (lines, CI bands, reference lines, markers) for one chart
/// kind. Only reads statistics stored in the results; never recomputes them.
class ChartBuilder
{
public:
    static ChartSpec build(ChartKind kind, const QList<RunEntry> &runs);
    /// Tab / file name of a chart kind ("Time", "Speedup", ...).
    static QString kindName(ChartKind kind);
};

} // namespace pb::ui
