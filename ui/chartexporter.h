#pragma once

#include "ui/chartspec.h"

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
    /// The file bytes; size in pixels (PDF: a vector page of the same aspect, 297 mm wide).
    static std::optional<QByteArray> render(const ChartSpec &spec, Format format, const QSize &size,
                                            QString *error);
    /// Checks the extension and the target folder, renders, then writes atomically.
    static bool exportToFile(const ChartSpec &spec, const QString &path, const QSize &size,
                             QString *error);
};

} // namespace pb::ui
