// Format versions: version 2 stores each cell's error kind; version 1 files still read.
#include "core/io/resultfiles.h"
#include "core/io/resultio.h"
#include "sampleresult.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace pb;
using pb::testdata::makeConsistentResult;

namespace {

/// The full result as a version-1 document: no version-2 fields, errors carry the old prefixes.
QJsonObject versionOne(const QStringList &errors)
{
    QJsonObject root = toJson(makeConsistentResult());
    root[QStringLiteral("version")] = 1;
    QJsonArray cells = root[QStringLiteral("cells")].toArray();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QJsonObject cell = cells[i].toObject();
        for (const char *key : {"errorKind", "size", "cpuNs", "stealNs"})
            cell.remove(QLatin1String(key));
        cell[QStringLiteral("error")] = errors.value(i);
        cells[i] = cell;
    }
    root[QStringLiteral("cells")] = cells;
    return root;
}

} // namespace

TEST(JsonVersions, EveryErrorKindRoundTrips)
{
    for (CellErrorKind kind :
         {CellErrorKind::None, CellErrorKind::Kernel, CellErrorKind::OutOfMemory,
          CellErrorKind::Verification, CellErrorKind::Canceled, CellErrorKind::ThreadStart,
          CellErrorKind::Crashed, CellErrorKind::Engine}) {
        RunResult r = makeConsistentResult();
        r.cells[1].errorKind = kind;
        r.cells[1].error = kind == CellErrorKind::None ? QString() : QStringLiteral("it broke");
        const QJsonObject root = toJson(r);
        EXPECT_EQ(root[QStringLiteral("cells")][1][QStringLiteral("errorKind")].toString(),
                  cellErrorKindName(kind));
        QString error;
        const std::optional<RunResult> back = fromJson(root, &error);
        ASSERT_TRUE(back.has_value()) << qPrintable(error);
        EXPECT_EQ(back->cells[1].errorKind, kind) << qPrintable(cellErrorKindName(kind));
    }
}

TEST(JsonVersions, VersionTwoWithoutErrorKindMeansNone)
{
    QJsonObject root = toJson(makeConsistentResult());
    QJsonArray cells = root[QStringLiteral("cells")].toArray();
    QJsonObject cell = cells[0].toObject();
    cell.remove(QStringLiteral("errorKind"));
    cells[0] = cell;
    root[QStringLiteral("cells")] = cells;
    QString error;
    const std::optional<RunResult> back = fromJson(root, &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    EXPECT_EQ(back->cells[0].errorKind, CellErrorKind::None);
}

TEST(JsonVersions, UnknownErrorKindIsRefusedWithTheValidNames)
{
    QJsonObject root = toJson(makeConsistentResult());
    QJsonArray cells = root[QStringLiteral("cells")].toArray();
    QJsonObject cell = cells[2].toObject();
    cell[QStringLiteral("errorKind")] = QStringLiteral("gremlins");
    cells[2] = cell;
    root[QStringLiteral("cells")] = cells;
    QString error;
    EXPECT_FALSE(fromJson(root, &error).has_value());
    EXPECT_TRUE(error.startsWith(QStringLiteral("cells[2].errorKind:"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("verification-mismatch"))) << qPrintable(error);
}

TEST(JsonVersions, VersionOneInfersTheErrorKindFromTheOldPrefix)
{
    const QStringList errors{QString(), QStringLiteral("verification failed: item 7 differs"),
                             QStringLiteral("kernel threw: boom"),
                             QStringLiteral("worker threads could not be started")};
    QString error;
    const std::optional<RunResult> back = fromJson(versionOne(errors), &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    ASSERT_EQ(back->cells.size(), 4);
    EXPECT_EQ(back->cells[0].errorKind, CellErrorKind::None);
    EXPECT_EQ(back->cells[1].errorKind, CellErrorKind::Verification);
    EXPECT_EQ(back->cells[2].errorKind, CellErrorKind::Kernel);
    EXPECT_EQ(back->cells[3].errorKind, CellErrorKind::Engine);
    EXPECT_EQ(back->cells[1].error, errors[1]); // the message itself is kept as written
}

TEST(JsonVersions, CellSizeCpuTimeAndStealAreStored)
{
    const RunResult r = makeConsistentResult();
    const QJsonObject cell = toJson(r)[QStringLiteral("cells")][1].toObject();
    EXPECT_EQ(cell[QStringLiteral("size")].toInteger(), r.cells[1].size);
    EXPECT_EQ(cell[QStringLiteral("cpuNs")].toArray().size(), r.cells[1].samplesNs.size());
    EXPECT_EQ(cell[QStringLiteral("cpuNs")][4].toInteger(), qint64(1) << 52);
    EXPECT_DOUBLE_EQ(cell[QStringLiteral("stealNs")].toDouble(), r.cells[1].stealNs);
    QString error;
    const std::optional<RunResult> back = fromJson(toJson(r), &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    EXPECT_EQ(back->cells, r.cells);
}

TEST(JsonVersions, UnknownCpuTimeAndStealRoundTrip)
{
    RunResult r = makeConsistentResult();
    r.cells[0].cpuNs.clear();
    r.cells[0].stealNs = -1;
    const QJsonObject cell = toJson(r)[QStringLiteral("cells")][0].toObject();
    EXPECT_TRUE(cell[QStringLiteral("cpuNs")].toArray().isEmpty());
    EXPECT_EQ(cell[QStringLiteral("stealNs")].toDouble(), -1.0);
    QString error;
    const std::optional<RunResult> back = fromJson(toJson(r), &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    EXPECT_TRUE(back->cells[0].cpuNs.isEmpty());
    EXPECT_EQ(back->cells[0].stealNs, -1.0);
}

TEST(JsonVersions, CpuTimesMustMatchTheSamples)
{
    QJsonObject root = toJson(makeConsistentResult());
    QJsonArray cells = root[QStringLiteral("cells")].toArray();
    QJsonObject cell = cells[1].toObject();
    cell[QStringLiteral("cpuNs")] = QJsonArray{1, 2};
    cells[1] = cell;
    root[QStringLiteral("cells")] = cells;
    QString error;
    EXPECT_FALSE(fromJson(root, &error).has_value());
    EXPECT_TRUE(error.startsWith(QStringLiteral("cells[1].cpuNs:"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("samplesNs has 5"))) << qPrintable(error);
}

TEST(JsonVersions, VersionTwoRequiresCellSizeCpuTimeAndSteal)
{
    for (const char *key : {"size", "cpuNs", "stealNs"}) {
        QJsonObject root = toJson(makeConsistentResult());
        QJsonArray cells = root[QStringLiteral("cells")].toArray();
        QJsonObject cell = cells[0].toObject();
        cell.remove(QLatin1String(key));
        cells[0] = cell;
        root[QStringLiteral("cells")] = cells;
        QString error;
        EXPECT_FALSE(fromJson(root, &error).has_value()) << key;
        EXPECT_EQ(error,
                  QStringLiteral("cells[0].%1: required field is missing").arg(QLatin1String(key)));
    }
}

TEST(JsonVersions, VersionOneCellsMeasuredTheConfiguredSize)
{
    QString error;
    const std::optional<RunResult> back = fromJson(versionOne({}), &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    for (const CellResult &c : back->cells) {
        EXPECT_EQ(c.size, back->config.size);
        EXPECT_TRUE(c.cpuNs.isEmpty());
        EXPECT_EQ(c.stealNs, -1.0);
    }
}

TEST(JsonVersions, TheDocsExampleShowsItsImpossibleSpeedupsWhenOpened)
{
    // Written by an older build (version 1): 2.10–2.18 on 2 cores with no warning, and Amdahl
    // "fits" from two worker counts. Opening it applies this build's rules.
    QString error;
    const std::optional<RunResult> r =
        readResultFile(QStringLiteral(PARABENCH_SOURCE_DIR "/docs/example/result.json"), &error);
    ASSERT_TRUE(r.has_value()) << qPrintable(error);
    ASSERT_EQ(r->system.logicalCores, 2);
    bool chunkedFlagged = false;
    for (const Warning &w : r->warnings)
        chunkedFlagged =
            chunkedFlagged || (w.code == QLatin1String("impossible-speedup") &&
                               w.strategy == QLatin1String("chunked") && w.workers == 2);
    EXPECT_TRUE(chunkedFlagged);
    ASSERT_FALSE(r->fits.isEmpty());
    for (const AmdahlFit &f : r->fits) {
        EXPECT_FALSE(f.fitted) << qPrintable(f.strategy);
        EXPECT_EQ(f.points, 2);
    }
}

TEST(JsonVersions, TheAppsAndReportsLoaderAppliesTheSameRules)
{
    // loadResultFile (the app's open path, parabench-cli report and compare) re-derives the
    // warnings too, not only readResultFile.
    QString error;
    const std::optional<LoadedResult> loaded = loadResultFile(
        QStringLiteral(PARABENCH_SOURCE_DIR "/docs/example/result.json"), {}, &error);
    ASSERT_TRUE(loaded.has_value()) << qPrintable(error);
    const std::optional<RunResult> read =
        readResultFile(QStringLiteral(PARABENCH_SOURCE_DIR "/docs/example/result.json"), &error);
    ASSERT_TRUE(read.has_value()) << qPrintable(error);
    EXPECT_EQ(loaded->result.warnings, read->warnings);
    EXPECT_EQ(loaded->result.fits, read->fits);
}
