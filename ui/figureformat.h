#pragma once

#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace pb::ui {

/// The physical format of an exported figure: pixel size and resolution of the PNG (SVG and
/// PDF keep the same physical size, vector), and the type size. The chart is laid out at its
/// physical size (1 layout pixel = 1/96 inch) with fonts in points, then scaled to the
/// resolution, so an 8 cm column figure has 8 pt text whatever its pixel count.
struct FigureFormat
{
    QString id;   ///< "column", "page", "slide", "screen" or "custom"
    QString name; ///< "Column (8 × 6 cm, 300 dpi)"
    QSize pixels{1600, 1000};
    double dpi = 144;
    double fontPt = 9; ///< axis labels, legend, on-chart labels; the title is 1.25× larger

    static constexpr double kMinFontPt = 8;
    static constexpr double kLayoutDpi = 96;

    /// Physical size in millimetres.
    QSizeF sizeMm() const;
    /// The size the chart is laid out at (1/96 inch units).
    QSizeF layoutSize() const;
    /// Device pixels per layout pixel.
    double scale() const { return dpi / kLayoutDpi; }
    /// The base font in layout pixels: fontPt rounded up, never below kMinFontPt.
    int fontLayoutPixels() const;

    /// Column 8 × 8 cm, page 17 × 10.5 cm (both 300 dpi), slide 16:9 (1920 × 1080), screen
    /// 1600 × 1000.
    static QList<FigureFormat> presets();
    static std::optional<FigureFormat> preset(const QString &id);
    /// A custom format of this pixel size at 144 dpi (what File → Export did before presets).
    static FigureFormat forPixels(const QSize &pixels);
    /// Pixels for a physical size in millimetres at dpi.
    static QSize pixelsFor(const QSizeF &mm, double dpi);
};

} // namespace pb::ui
