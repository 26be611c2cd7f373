#pragma once

#include "ui/chartspec.h"

#include <QList>

namespace pb::ui {

// The report-figure rules every chart kind follows, applied to its ChartSpec (by ChartBuilder
// and again by ChartAdapter::apply, so a chart built elsewhere cannot skip them; idempotent).
// - The legend lists each series once and, in overlays, each run once; bands, fits and
//   reference lines get no entry (references are labelled on the chart; notes explain the
//   shading and the fit curves once).
// - A non-linear axis says so in its title and has explicit ticks.
// - No line is thinner than kReferenceWidth (1.5 layout px ≈ 1.1 pt).
void applyFigureRules(ChartSpec &spec);

/// The legend applyFigureRules() derives from the lines and bands.
QList<LegendEntry> deriveLegend(const ChartSpec &spec);

/// One labelled tick per value (duplicates dropped, sorted); labels by compactNumber(). With
/// more than maxTicks values every k-th is kept (first and last always), so labels never crowd.
QList<AxisTick> ticksAt(QList<double> values, int maxTicks = 16);

/// Ticks at the powers of the axis' base (2 or 10) within min..max, thinned to at most 10.
QList<AxisTick> logTicks(double min, double max, AxisScale scale);

/// Tick text: 3, 2.5, 1024, 16 Ki (16384), 10 k (10000), 1 M (1000000).
QString compactNumber(double v);

} // namespace pb::ui
