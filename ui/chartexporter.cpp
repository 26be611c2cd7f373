#include "ui/chartexporter.h"

#include "core/io/resultio.h"
#include "ui/chartadapter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace pb::ui {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Laid out at the figure's physical size (layout pixels of 1/96 inch) with fonts in points;
// each format then scales that layout to its resolution.
std::unique_ptr<ChartAdapter> figureAdapter(const ChartSpec &spec, const FigureFormat &figure)
{
    std::unique_ptr<ChartAdapter> adapter = makeChartAdapter(ChartAdapter::Mode::Offscreen);
    adapter->setFontPixelSize(figure.fontLayoutPixels());
    adapter->apply(spec);
    return adapter;
}

void paintSpec(const ChartSpec &spec, QPainter *painter, const FigureFormat &figure)
{
    const std::unique_ptr<ChartAdapter> adapter = figureAdapter(spec, figure);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    adapter->render(painter, QRectF(QPointF(0, 0), figure.layoutSize()));
}

QByteArray renderPng(const ChartSpec &spec, const FigureFormat &figure)
{
    QImage image(figure.pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Recorded as the PNG's pHYs chunk: word processors place it at its physical size.
    const int dotsPerMeter = int(std::lround(figure.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.scale(figure.scale(), figure.scale());
        paintSpec(spec, &painter, figure);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(const ChartSpec &spec, const FigureFormat &figure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    // width/height in mm from size and resolution; drawing in layout units via the viewBox.
    svg.setResolution(int(std::lround(figure.dpi)));
    svg.setSize(figure.pixels);
    svg.setViewBox(QRectF(QPointF(0, 0), figure.layoutSize()));
    svg.setTitle(spec.title);
    svg.setDescription(QStringLiteral("ParaBench chart"));
    {
        QPainter painter(&svg);
        paintSpec(spec, &painter, figure);
    }
    return bytes;
}

QByteArray renderPdf(const ChartSpec &spec, const FigureFormat &figure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(figure.sizeMm(), QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(1200); // device units only: text and lines stay vector
    pdf.setTitle(spec.title);
    pdf.setCreator(QStringLiteral("ParaBench"));
    {
        QPainter painter(&pdf);
        const double scale = double(pdf.width()) / figure.layoutSize().width();
        painter.scale(scale, scale);
        paintSpec(spec, &painter, figure);
    }
    return bytes;
}

} // namespace

FigureLayout ChartExporter::layout(const ChartSpec &spec, const FigureFormat &figure)
{
    const std::unique_ptr<ChartAdapter> adapter = figureAdapter(spec, figure);
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch); // render() lays the chart out at the figure's size
    adapter->render(&painter, QRectF(QPointF(0, 0), figure.layoutSize()));
    return adapter->layoutInfo();
}

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path,
                                                                  QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        return Format::Png;
    if (ext == QLatin1String("svg"))
        return Format::Svg;
    if (ext == QLatin1String("pdf"))
        return Format::Pdf;
    setError(error,
             QStringLiteral("Cannot export chart to \"%1\": unknown file extension \"%2\" "
                            "(use .png, .svg or .pdf).")
                 .arg(path, ext.isEmpty() ? QStringLiteral("(none)") : QLatin1Char('.') + ext));
    return std::nullopt;
}

std::optional<QByteArray> ChartExporter::render(const ChartSpec &spec, Format format,
                                                const FigureFormat &figure, QString *error)
{
    const QSize size = figure.pixels;
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000) {
        setError(error, QStringLiteral("Cannot export chart: size %1×%2 px is outside 16–20000 px.")
                            .arg(size.width())
                            .arg(size.height()));
        return std::nullopt;
    }
    if (!(figure.dpi >= 24 && figure.dpi <= 2400)) {
        setError(error, QStringLiteral("Cannot export chart: resolution %1 dpi is outside "
                                       "24–2400 dpi.")
                            .arg(figure.dpi));
        return std::nullopt;
    }
    QByteArray bytes;
    switch (format) {
    case Format::Png:
        bytes = renderPng(spec, figure);
        break;
    case Format::Svg:
        bytes = renderSvg(spec, figure);
        break;
    case Format::Pdf:
        bytes = renderPdf(spec, figure);
        break;
    }
    if (bytes.isEmpty()) {
        setError(error, QStringLiteral("Cannot export chart: rendering produced no data."));
        return std::nullopt;
    }
    return bytes;
}

bool ChartExporter::exportToFile(const ChartSpec &spec, const QString &path,
                                 const FigureFormat &figure, QString *error)
{
    const std::optional<Format> format = formatForPath(path, error);
    if (!format)
        return false;
    // Checked before rendering so the message names the real problem, not a temp-file failure.
    const QFileInfo parent(QFileInfo(path).absolutePath());
    if (!parent.exists()) {
        setError(error,
                 QStringLiteral("Cannot export chart to \"%1\": folder \"%2\" does not exist.")
                     .arg(path, parent.filePath()));
        return false;
    }
    if (!parent.isDir()) {
        setError(error,
                 QStringLiteral("Cannot export chart to \"%1\": \"%2\" is a file, not a folder.")
                     .arg(path, parent.filePath()));
        return false;
    }
    const std::optional<QByteArray> bytes = render(spec, *format, figure, error);
    if (!bytes)
        return false;
    return pb::writeFileAtomically(path, *bytes, error);
}

} // namespace pb::ui
