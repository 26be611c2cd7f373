#include "ui/figureformat.h"

#include <algorithm>
#include <cmath>

namespace pb::ui {

namespace {
constexpr double kMmPerInch = 25.4;
} // namespace

QSizeF FigureFormat::sizeMm() const
{
    return {pixels.width() / dpi * kMmPerInch, pixels.height() / dpi * kMmPerInch};
}

QSizeF FigureFormat::layoutSize() const
{
    return {pixels.width() / scale(), pixels.height() / scale()};
}

int FigureFormat::fontLayoutPixels() const
{
    const double pt = std::max(fontPt, kMinFontPt);
    return int(std::ceil(pt * kLayoutDpi / 72.0 - 1e-9));
}

QSize FigureFormat::pixelsFor(const QSizeF &mm, double dpi)
{
    return {int(std::lround(mm.width() / kMmPerInch * dpi)),
            int(std::lround(mm.height() / kMmPerInch * dpi))};
}

QList<FigureFormat> FigureFormat::presets()
{
    return {
        // Square: at 8 cm and 8 pt, title, axes and a legend below need about half the height.
        {QStringLiteral("column"), QStringLiteral("Column (8 × 8 cm, 300 dpi, 8 pt)"),
         pixelsFor({80, 80}, 300), 300, 8},
        {QStringLiteral("page"), QStringLiteral("Page width (17 × 10.5 cm, 300 dpi, 9 pt)"),
         pixelsFor({170, 105}, 300), 300, 9},
        // PowerPoint's and Impress' 16:9 slide is 13.33 × 7.5 in: 1920 × 1080 at 144 dpi.
        {QStringLiteral("slide"), QStringLiteral("Slide 16:9 (1920 × 1080 px, 16 pt)"),
         QSize(1920, 1080), 144, 16},
        {QStringLiteral("screen"), QStringLiteral("Screen (1600 × 1000 px, 10 pt)"),
         QSize(1600, 1000), 144, 10},
    };
}

std::optional<FigureFormat> FigureFormat::preset(const QString &id)
{
    const QList<FigureFormat> all = presets();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const FigureFormat &f) { return f.id == id; });
    return it == all.end() ? std::nullopt : std::optional<FigureFormat>(*it);
}

FigureFormat FigureFormat::forPixels(const QSize &pixels)
{
    FigureFormat f;
    f.id = QStringLiteral("custom");
    f.name = QStringLiteral("Custom");
    f.pixels = pixels;
    f.dpi = 144;
    f.fontPt = 9;
    return f;
}

} // namespace pb::ui
