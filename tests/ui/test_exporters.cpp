#include "chartfixtures.h"
#include "ui/chartpanel.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;
using namespace pb::ui::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int nonWhitePixels(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return n;
}

class ChartExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_panel.setRuns({makeEntry(1, QStringLiteral("run A"), makeResult()),
                         makeEntry(2, QStringLiteral("sweep"), makeSweepResult())});
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    ChartPanel m_panel;
};

} // namespace

TEST_F(ChartExport, PngDecodesToRequestedSize)
{
    for (ChartKind k :
         {ChartKind::Time, ChartKind::Speedup, ChartKind::Efficiency, ChartKind::Granularity}) {
        const QString file = path(QStringLiteral("chart%1.png").arg(int(k)));
        QString error;
        ASSERT_TRUE(m_panel.exportChart(k, file, QSize(1600, 1000), &error)) << error.toStdString();
        const QByteArray bytes = readAll(file);
        ASSERT_TRUE(bytes.startsWith("\x89PNG"));
        QImage img;
        ASSERT_TRUE(img.loadFromData(bytes, "PNG"));
        EXPECT_EQ(img.size(), QSize(1600, 1000));
        // Not a blank page: lines, labels and bands cover a fair share of the pixels.
        EXPECT_GT(nonWhitePixels(img), 1600 * 1000 / 50);
    }
    QString error;
    ASSERT_TRUE(m_panel.exportChart(ChartKind::Speedup, path(QStringLiteral("small.PNG")),
                                    QSize(640, 400), &error));
    EXPECT_EQ(QImage(path(QStringLiteral("small.PNG"))).size(), QSize(640, 400));
}

TEST_F(ChartExport, SvgIsXmlWithSvgRoot)
{
    const QString file = path(QStringLiteral("speedup.svg"));
    QString error;
    ASSERT_TRUE(m_panel.exportChart(ChartKind::Speedup, file, QSize(1200, 800), &error))
        << error.toStdString();
    QXmlStreamReader xml(readAll(file));
    QString root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_TRUE(readAll(file).contains("Speedup vs workers"));
}

TEST_F(ChartExport, PdfIsVectorDocument)
{
    const QString file = path(QStringLiteral("time.pdf"));
    QString error;
    ASSERT_TRUE(m_panel.exportChart(ChartKind::Time, file, QSize(1600, 1000), &error))
        << error.toStdString();
    const QByteArray bytes = readAll(file);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(bytes.size(), 1024);
}

TEST_F(ChartExport, EmptyPanelExportsNothingAndSaysWhy)
{
    // A placeholder image ("No results yet") is not a figure: refuse and say why instead.
    ChartPanel empty;
    empty.setRuns({});
    EXPECT_FALSE(empty.hasData(ChartKind::Speedup));
    EXPECT_TRUE(m_panel.hasData(ChartKind::Speedup));
    const QString file = path(QStringLiteral("empty.png"));
    QString error;
    EXPECT_FALSE(empty.exportChart(ChartKind::Speedup, file, QSize(800, 500), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Speedup chart is empty"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("press Run"))) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(ChartExport, UnknownExtensionFailsWithoutFile)
{
    for (const QString &name : {QStringLiteral("chart.bmp"), QStringLiteral("chart")}) {
        QString error;
        EXPECT_FALSE(m_panel.exportChart(ChartKind::Time, path(name), QSize(800, 500), &error));
        EXPECT_TRUE(error.contains(QStringLiteral(".png"))) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path(name)));
    }
}

TEST_F(ChartExport, UnwritablePathsFailWithMessage)
{
    QString error;
    EXPECT_FALSE(m_panel.exportChart(ChartKind::Time, QStringLiteral("/nonexistent-dir/x.png"),
                                     QSize(800, 500), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("/nonexistent-dir/x.png")));

    QFile regular(path(QStringLiteral("file.txt")));
    ASSERT_TRUE(regular.open(QIODevice::WriteOnly));
    regular.write("x");
    regular.close();
    const QString underFile = path(QStringLiteral("file.txt/x.png"));
    error.clear();
    EXPECT_FALSE(m_panel.exportChart(ChartKind::Time, underFile, QSize(800, 500), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a folder"))) << error.toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("file.txt")});
}

TEST_F(ChartExport, ExportLeavesOnScreenChartUntouched)
{
    const auto before = m_panel.seriesData(ChartKind::Speedup);
    QString error;
    ASSERT_TRUE(m_panel.exportChart(ChartKind::Speedup, path(QStringLiteral("s.png")),
                                    QSize(800, 500), &error));
    EXPECT_EQ(m_panel.seriesData(ChartKind::Speedup), before);
}
