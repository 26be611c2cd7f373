// Exported figures at their physical formats: PNG resolution metadata, SVG/PDF page size and
// vector text, type size at least 8 pt, legend and labels where a reader finds them.
#include "chartfixtures.h"
#include "ui/chartbuilder.h"
#include "ui/chartexporter.h"
#include "ui/figureformat.h"

#include <QImage>
#include <QRegularExpression>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;
using namespace pb::ui::test;

namespace {

constexpr double kMmPerPt = 25.4 / 72;

FigureFormat preset(const char *id)
{
    const auto f = FigureFormat::preset(QString::fromLatin1(id));
    EXPECT_TRUE(f.has_value()) << id;
    return f.value_or(FigureFormat{});
}

ChartSpec speedupSpec(int runs = 1)
{
    QList<RunEntry> entries;
    for (int i = 0; i < runs; ++i)
        entries.append(makeEntry(i + 1, QStringLiteral("primes 30k · w1,2,4 #%1").arg(i + 1),
                                 makeResult(120.0 + 20 * i)));
    return ChartBuilder::build(ChartKind::Speedup, entries);
}

QByteArray render(const ChartSpec &spec, ChartExporter::Format format, const FigureFormat &f)
{
    QString error;
    const auto bytes = ChartExporter::render(spec, format, f, &error);
    EXPECT_TRUE(bytes.has_value()) << error.toStdString();
    return bytes.value_or(QByteArray());
}

/// The pHYs chunk of a PNG: pixels per unit x, y and the unit (1 = metre); nullopt without one.
std::optional<std::array<quint32, 3>> pngPhys(const QByteArray &png)
{
    qsizetype pos = 8; // signature
    while (pos + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        const QByteArray type = png.mid(pos + 4, 4);
        if (type == "pHYs" && length == 9) {
            const char *d = png.constData() + pos + 8;
            return std::array<quint32, 3>{qFromBigEndian<quint32>(d),
                                          qFromBigEndian<quint32>(d + 4), quint32(quint8(d[8]))};
        }
        pos += 12 + qsizetype(length);
    }
    return std::nullopt;
}

double attributeMm(const QByteArray &svg, const char *name)
{
    const QRegularExpression re(
        QStringLiteral("<svg[^>]*\\s%1=\"([0-9.]+)mm\"").arg(QLatin1String(name)));
    const auto m = re.match(QString::fromUtf8(svg));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

TEST(FigureExport, PresetsHaveTheirPhysicalSizeAndAtLeast8pt)
{
    const FigureFormat column = preset("column");
    EXPECT_EQ(column.pixels, QSize(945, 945)); // 8 cm at 300 dpi
    EXPECT_NEAR(column.sizeMm().width(), 80, 0.1);
    EXPECT_EQ(preset("page").pixels.width(), 2008); // 17 cm at 300 dpi
    EXPECT_EQ(preset("slide").pixels, QSize(1920, 1080));
    for (const FigureFormat &f : FigureFormat::presets()) {
        EXPECT_GE(f.fontPt, FigureFormat::kMinFontPt) << f.id.toStdString();
        // The layout font, in points, never rounds below the requested size.
        EXPECT_GE(f.fontLayoutPixels() * 72.0 / 96.0, f.fontPt) << f.id.toStdString();
    }
}

TEST(FigureExport, PngRecords300DpiAndItsPixelSize)
{
    const FigureFormat column = preset("column");
    const QByteArray png = render(speedupSpec(), ChartExporter::Format::Png, column);
    ASSERT_TRUE(png.startsWith("\x89PNG"));
    const auto phys = pngPhys(png);
    ASSERT_TRUE(phys.has_value()) << "no pHYs chunk";
    EXPECT_EQ((*phys)[2], 1u); // per metre
    EXPECT_NEAR((*phys)[0] * 0.0254, 300, 0.5);
    EXPECT_NEAR((*phys)[1] * 0.0254, 300, 0.5);
    QImage img;
    ASSERT_TRUE(img.loadFromData(png, "PNG"));
    EXPECT_EQ(img.size(), QSize(945, 945));
}

TEST(FigureExport, SvgHasThePhysicalSizeAndVectorTextOfAtLeast8pt)
{
    const FigureFormat column = preset("column");
    const QByteArray svg = render(speedupSpec(), ChartExporter::Format::Svg, column);
    const double widthMm = attributeMm(svg, "width");
    EXPECT_NEAR(widthMm, 80, 0.5);
    const QRegularExpression viewBox(QStringLiteral("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\""));
    const auto vb = viewBox.match(QString::fromUtf8(svg));
    ASSERT_TRUE(vb.hasMatch());
    const double mmPerUnit = widthMm / vb.captured(1).toDouble();
    // Text is text (selectable, scalable), and none of it is smaller than 8 pt printed.
    const QRegularExpression fontSize(QStringLiteral("font-size=\"([0-9.]+)\""));
    int texts = 0;
    double smallestPt = 1e9;
    for (auto it = fontSize.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
        smallestPt = std::min(smallestPt, it.next().captured(1).toDouble() * mmPerUnit / kMmPerPt);
        ++texts;
    }
    EXPECT_GT(svg.count("<text"), 10);
    ASSERT_GT(texts, 10);
    EXPECT_GE(smallestPt, 7.99);
    EXPECT_TRUE(svg.contains(">mapped<") || svg.contains(">mapped </")) << "legend text";
}

TEST(FigureExport, PdfPageIsTheFigureSizeWithEmbeddedFonts)
{
    const QByteArray pdf = render(speedupSpec(), ChartExporter::Format::Pdf, preset("column"));
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto m = mediaBox.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(m.hasMatch());
    EXPECT_NEAR(m.captured(1).toDouble() * kMmPerPt, 80, 0.5); // points → mm
    EXPECT_NEAR(m.captured(2).toDouble() * kMmPerPt, 80, 0.5);
    EXPECT_TRUE(pdf.contains("/FontFile")) << "text must be vector text with its font";
}

TEST(FigureExport, ColumnFigurePutsTheLegendBelowAndKeepsEverythingInside)
{
    const FigureFormat column = preset("column");
    const ChartSpec spec = speedupSpec(3);
    const FigureLayout layout = ChartExporter::layout(spec, column);
    EXPECT_TRUE(layout.legendBelow);
    EXPECT_GE(layout.smallestFontPixels * 72.0 / 96.0, 8.0);
    EXPECT_TRUE(layout.chart.contains(layout.legend)) << "legend cut off";
    EXPECT_GE(layout.legend.top(), layout.plotArea.bottom());
    // Each strategy and each run once, as the spec says; nothing elided at this width.
    QStringList expected;
    for (const LegendEntry &e : spec.legend)
        expected.append(e.text);
    EXPECT_EQ(layout.legendTexts, expected);
    // Every worker count labelled on the axis.
    EXPECT_EQ(layout.xTickLabels,
              (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")}));
    // Reference labels inside the plot and not on top of each other.
    EXPECT_TRUE(layout.labels.contains(QStringLiteral("ideal")));
    EXPECT_TRUE(layout.labels.contains(QStringLiteral("2 cores")));
    for (int i = 0; i < layout.labelRects.size(); ++i) {
        EXPECT_TRUE(layout.plotArea.adjusted(-1, -1, 1, 1).contains(layout.labelRects[i]))
            << layout.labels[i].toStdString();
        for (int j = i + 1; j < layout.labelRects.size(); ++j)
            EXPECT_FALSE(layout.labelRects[i].intersects(layout.labelRects[j]))
                << layout.labels[i].toStdString() << " / " << layout.labels[j].toStdString();
    }
    // The plot keeps a usable share of the figure.
    EXPECT_GT(layout.plotArea.height(), layout.chart.height() * 0.35);
}

TEST(FigureExport, WideFigurePutsTheLegendBesideThePlot)
{
    const FigureLayout layout = ChartExporter::layout(speedupSpec(), preset("page"));
    EXPECT_FALSE(layout.legendBelow);
    EXPECT_GE(layout.legend.left(), layout.plotArea.right());
    EXPECT_TRUE(layout.chart.contains(layout.legend));
    EXPECT_GE(layout.smallestFontPixels * 72.0 / 96.0, 9.0);
}

TEST(FigureExport, ResolutionOutOfRangeIsRefused)
{
    FigureFormat f = preset("column");
    f.dpi = 10;
    QString error;
    EXPECT_FALSE(ChartExporter::render(speedupSpec(), ChartExporter::Format::Png, f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("dpi"))) << error.toStdString();
}
