// File → Export chart's format dialog and `parabench FILE --export-figures DIR`.
#include "ui/chartexportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pb::ui;

namespace {

struct Result
{
    int exitCode = -1;
    QString err;
};

Result runGui(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARABENCH_GUI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QString exampleResult()
{
    return QStringLiteral(PARABENCH_SOURCE_DIR "/docs/example/result.json");
}

} // namespace

TEST(ChartExportDialog, PresetsFillTheFieldsAndEditingMakesACustomFormat)
{
    ChartExportDialog dialog;
    ASSERT_TRUE(dialog.selectPreset(QStringLiteral("column")));
    FigureFormat f = dialog.figureFormat();
    EXPECT_EQ(f.id, QStringLiteral("column"));
    EXPECT_EQ(f.pixels, QSize(945, 945));
    EXPECT_DOUBLE_EQ(f.dpi, 300);
    EXPECT_DOUBLE_EQ(f.fontPt, 8);

    auto spins = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(spins.size(), 2);
    spins.first()->setValue(1200); // width
    f = dialog.figureFormat();
    EXPECT_EQ(f.id, QStringLiteral("custom"));
    EXPECT_EQ(f.pixels, QSize(1200, 945));
    EXPECT_DOUBLE_EQ(f.dpi, 300); // kept from the preset
    EXPECT_FALSE(dialog.selectPreset(QStringLiteral("poster")));
}

TEST(ExportFiguresCommand, WritesEveryChartWithDataInTheChosenFormat)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Result r = runGui({exampleResult(), QStringLiteral("--export-figures"), dir.path(),
                             QStringLiteral("--figure-format"), QStringLiteral("column")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *name : {"time", "speedup", "efficiency"})
        for (const char *ext : {"png", "svg", "pdf"})
            EXPECT_TRUE(QFile::exists(
                dir.filePath(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(ext)))))
                << name << "." << ext;
    // The example is not a sweep: no empty granularity figure.
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("granularity.png"))));
    const QImage png(dir.filePath(QStringLiteral("speedup.png")));
    EXPECT_EQ(png.size(), QSize(945, 945));
    EXPECT_EQ(png.dotsPerMeterX(), 11811); // 300 dpi
}

TEST(ExportFiguresCommand, BadFormatMissingFileAndNoFilesAreRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Result r = runGui({exampleResult(), QStringLiteral("--export-figures"), dir.path(),
                       QStringLiteral("--figure-format"), QStringLiteral("poster")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("column"))) << r.err.toStdString();

    r = runGui({dir.filePath(QStringLiteral("missing.json")), QStringLiteral("--export-figures"),
                dir.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.json"))) << r.err.toStdString();

    r = runGui({QStringLiteral("--export-figures"), dir.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("result files"))) << r.err.toStdString();

    r = runGui({exampleResult(), QStringLiteral("--export-figures"),
                dir.filePath(QStringLiteral("no/such/folder"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(ExportFiguresCommand, BaselineAddsTheChangeFigureAndFoldersSkipOtherFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir(dir.path()).mkdir(QStringLiteral("runs"));
    const QString copy = dir.filePath(QStringLiteral("runs/again.json"));
    ASSERT_TRUE(QFile::copy(exampleResult(), copy));
    QFile notes(dir.filePath(QStringLiteral("runs/notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("not a result\n");
    notes.close();
    const QString out = dir.filePath(QStringLiteral("figures"));
    QDir().mkpath(out);
    // Without a baseline there is nothing to compare: no change figure, but machines.
    Result r = runGui({exampleResult(), QStringLiteral("--export-figures"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out + QStringLiteral("/change.png")));
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/machines.svg")));
    // The folder's other file is listed on stderr, not fatal; the copy is compared with the
    // baseline, so the Change figure is written in every format.
    r = runGui({dir.filePath(QStringLiteral("runs")), QStringLiteral("--baseline"), exampleResult(),
                QStringLiteral("--export-figures"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("notes.txt"))) << r.err.toStdString();
    for (const char *ext : {"png", "svg", "pdf"})
        EXPECT_TRUE(QFile::exists(out + QStringLiteral("/change.") + QLatin1String(ext))) << ext;
    const QImage png(out + QStringLiteral("/change.png"));
    EXPECT_EQ(png.size(), QSize(1600, 1000)); // the screen format
    // A baseline that cannot be read is bad input, as any other file.
    r = runGui({exampleResult(), QStringLiteral("--baseline"),
                dir.filePath(QStringLiteral("runs/notes.txt")), QStringLiteral("--export-figures"),
                out});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
}
