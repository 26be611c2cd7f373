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

namespace pb::ui {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Report figures: fonts scale with the output so a 1600×1000 PNG stays readable when shrunk.
int basePixels(const QSize &size)
{
    return std::max(11, std::min(size.width(), size.height() * 8 / 5) / 70);
}

void paintSpec(const ChartSpec &spec, QPainter *painter, const QSize &size)
{
    const std::unique_ptr<ChartAdapter> adapter = makeChartAdapter(ChartAdapter::Mode::Offscreen);
    adapter->setFontPixelSize(basePixels(size));
    adapter->apply(spec);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    adapter->render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
}

QByteArray renderPng(const ChartSpec &spec, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintSpec(spec, &painter, size);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(const ChartSpec &spec, const QSize &size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(spec.title);
    svg.setDescription(QStringLiteral("ParaBench chart"));
    {
        QPainter painter(&svg);
        paintSpec(spec, &painter, size);
    }
    return bytes;
}

QByteArray renderPdf(const ChartSpec &spec, const QSize &size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    constexpr double kWidthMm = 297.0; // A4 landscape width; height keeps the pixel aspect
    pdf.setPageSize(QPageSize(QSizeF(kWidthMm, kWidthMm * size.height() / size.width()),
                              QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    // One "pixel" of the requested size per device unit keeps layout identical to the PNG.
    pdf.setResolution(std::max(1, int(size.width() / (kWidthMm / 25.4))));
    pdf.setTitle(spec.title);
    pdf.setCreator(QStringLiteral("ParaBench"));
    {
        QPainter painter(&pdf);
        const double scale = double(pdf.width()) / size.width();
        painter.scale(scale, scale);
        paintSpec(spec, &painter, size);
    }
    return bytes;
}

} // namespace

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
                                                const QSize &size, QString *error)
{
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000) {
        setError(error, QStringLiteral("Cannot export chart: size %1×%2 px is outside 16–20000 px.")
                            .arg(size.width())
                            .arg(size.height()));
        return std::nullopt;
    }
    QByteArray bytes;
    switch (format) {
    case Format::Png:
        bytes = renderPng(spec, size);
        break;
    case Format::Svg:
        bytes = renderSvg(spec, size);
        break;
    case Format::Pdf:
        bytes = renderPdf(spec, size);
        break;
    }
    if (bytes.isEmpty()) {
        setError(error, QStringLiteral("Cannot export chart: rendering produced no data."));
        return std::nullopt;
    }
    return bytes;
}

bool ChartExporter::exportToFile(const ChartSpec &spec, const QString &path, const QSize &size,
                                 QString *error)
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
    const std::optional<QByteArray> bytes = render(spec, *format, size, error);
    if (!bytes)
        return false;
    return pb::writeFileAtomically(path, *bytes, error);
}

} // namespace pb::ui
