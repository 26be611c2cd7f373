#pragma once

#include "ui/chartspec.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pb::ui {

// How the charts tell series and runs apart: a series (strategy) by hue, a run in an overlay
// by dash pattern and point marker, the serial baseline by near-black. Hues come from the
// Okabe–Ito palette (distinguishable with common colour-vision deficiencies), extended by
// three dark hues that stay apart from it under simulated protan/deutan/tritan vision.

/// The series hues in order: Okabe–Ito without black and yellow, then wine, indigo, brown.
const QList<QColor> &seriesPalette();
/// Near-black for the serial baseline: no series hue is close to it.
QColor baselineColor();
/// Grey for ideal lines and other references; red for failed cells; dark grey for runs' swatches.
QColor referenceColor();
QColor failedColor();
QColor runSwatchColor();

/// A built-in strategy's own hue (the same in every chart and run); invalid for other names.
QColor strategyColor(const QString &strategy);

/// Hues for the series of one chart: built-in strategies keep their own; other names (plugins,
/// Google Benchmark entries, machines) get the palette's remaining hues in order of appearance.
class SeriesColors
{
public:
    explicit SeriesColors(const QStringList &names);
    QColor color(const QString &name) const;

private:
    QHash<QString, QColor> m_colors;
};

/// The dash pattern and marker of the run at `rank` among the runs shown together: rank 0 is
/// solid with circles; patterns repeat after 5, pattern+marker pairs after 20.
struct RunStyle
{
    LineStyle style = LineStyle::Solid;
    PointMarker marker = PointMarker::Circle;
};
RunStyle runStyle(int rank);

/// Line widths in layout pixels (1/96 inch in exports): data 2 px = 1.5 pt, references 1.5 px.
constexpr double kDataWidth = 2.0;
constexpr double kReferenceWidth = 1.5;

/// Colour distance ΔE*ab (CIE 1976) between two sRGB colours; for palette checks.
double deltaE(const QColor &a, const QColor &b);

} // namespace pb::ui
