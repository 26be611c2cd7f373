#pragma once

#include "ui/chartadapter.h"
#include "ui/chartspec.h"
#include "ui/figureformat.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

namespace pb::ui {

/// Renders a chart spec to PNG, SVG or PDF bytes in memory and writes them atomically.
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf };

    /// Format from the file extension (.png, .svg, .pdf, any case); nullopt + *error otherwise.
    static std::optional<Format> formatForPath(const QString &path, QString *error);
    /// The file bytes: a PNG of figure.pixels with its resolution recorded (pHYs), or an SVG
    /// or PDF page of the same physical size with vector lines and text.
    static std::optional<QByteArray> render(const ChartSpec &spec, Format format,
                                            const FigureFormat &figure, QString *error);
    /// Where the figure puts its legend, labels and ticks at this format (layout pixels).
    static FigureLayout layout(const ChartSpec &spec, const FigureFormat &figure);
    /// Checks the extension and the target folder, renders, then writes atomically.
    static bool exportToFile(const ChartSpec &spec, const QString &path, const FigureFormat &figure,
                             QString *error);
};

} // namespace pb::ui
