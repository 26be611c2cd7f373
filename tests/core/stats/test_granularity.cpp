// The granularity sweep's best chunk: one rule for the charts and every report.
#include "core/io/resultformat.h"
#include "core/io/resultio.h"
#include "core/stats/granularity.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pb;

namespace {

CellResult cell(const char *strategy, qint64 chunk, double medianNs)
{
    CellResult c;
    c.strategy = QLatin1String(strategy);
    c.workers = 2;
    c.chunkSize = chunk;
    c.samplesNs = {qint64(medianNs)};
    c.stats.n = 1;
    c.stats.medianNs = medianNs;
    c.stats.speedup = 1000.0 / medianNs;
    return c;
}

RunResult sweep()
{
    RunResult r;
    r.config.chunkSweep = {1, 16, 256, 4096};
    r.autoChunkSize = 64;
    r.cells = {cell("serial", 0, 1000), cell("chunked", 1, 4000), cell("chunked", 16, 900),
               cell("chunked", 256, 640), cell("chunked", 4096, 750)};
    return r;
}

} // namespace

TEST(Granularity, BestIsTheLowestMedianOfTheSweep)
{
    const RunResult r = sweep();
    ASSERT_NE(bestChunkCell(r), nullptr);
    EXPECT_EQ(bestChunkCell(r), &r.cells[3]);
    EXPECT_EQ(bestChunkSize(r), 256);
}

TEST(Granularity, FailedAndEmptyCellsDoNotCountAndTheFirstOfEqualsWins)
{
    RunResult r = sweep();
    r.cells[3].error = QStringLiteral("3 of 5000 items differ from serial");
    EXPECT_EQ(bestChunkSize(r), 4096);
    r.cells[4].stats = {};
    EXPECT_EQ(bestChunkSize(r), 16);
    r.cells[1].stats.medianNs = 900;
    EXPECT_EQ(bestChunkSize(r), 1);
}

TEST(Granularity, NotASweepHasNoBestChunk)
{
    RunResult r = sweep();
    r.config.chunkSweep.clear();
    EXPECT_EQ(bestChunkCell(r), nullptr);
    EXPECT_EQ(bestChunkSize(r), 0);
    EXPECT_TRUE(fmt::bestChunkText(r).isEmpty());
    EXPECT_EQ(toJson(r).value(QStringLiteral("bestChunkSize")).toInteger(-1), 0);
}

TEST(Granularity, EveryReportStatesTheBestChunk)
{
    const RunResult r = sweep();
    EXPECT_EQ(toJson(r).value(QStringLiteral("bestChunkSize")).toInteger(), 256);
    for (const char *format : {"txt", "md"}) {
        const QString text = QString::fromUtf8(writerFor(QLatin1String(format))->write(r));
        EXPECT_TRUE(text.contains(QStringLiteral("best chunk size 256 items"))) << format;
        EXPECT_TRUE(text.contains(QStringLiteral("the automatic rule picks 64"))) << format;
    }
}
