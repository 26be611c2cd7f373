// analyzeResult: statistics against the baseline and the Amdahl fits of a whole result.
#include "core/stats/analysis.h"

#include <gtest/gtest.h>

using namespace pb;

TEST(Analysis, BaselineIsExactlyOneAndFitsIgnoreOversubscription)
{
    RunResult r;
    r.system.logicalCores = 2;
    const auto cell = [](const char *s, int w, qint64 ns) {
        CellResult c;
        c.strategy = QLatin1String(s);
        c.workers = w;
        c.samplesNs = {ns, ns + ns / 100, ns - ns / 100, ns + ns / 50, ns - ns / 50};
        return c;
    };
    // Perfect scaling up to the 2 cores, flat beyond: f must come out 0, not pulled up by w=4.
    r.cells = {cell("serial", 1, 1000000), cell("mapped", 1, 1000000), cell("mapped", 2, 500000),
               cell("mapped", 4, 500000)};
    const RunResult shared = r; // share the list, as a snapshot sent to the GUI does
    analyzeResult(r);
    const CellResult &base = r.cells.first();
    EXPECT_EQ(base.stats.speedup, 1.0);
    EXPECT_EQ(base.stats.speedupCiLow, 1.0);
    EXPECT_EQ(base.stats.speedupCiHigh, 1.0);
    ASSERT_EQ(r.fits.size(), 1);
    EXPECT_EQ(r.fits.first().points, 2);
    EXPECT_NEAR(r.fits.first().serialFraction, 0.0, 1e-9);
    EXPECT_NEAR(r.cells[3].stats.speedup, 2.0, 1e-9);       // still measured and shown
    EXPECT_TRUE(shared.cells.first().stats.speedup == 0.0); // the copy was not touched
}

namespace {

CellResult timed(const char *s, int w, qint64 ns, qint64 size = 1000)
{
    CellResult c;
    c.strategy = QLatin1String(s);
    c.workers = w;
    c.size = size;
    c.samplesNs = {ns, ns + ns / 100, ns - ns / 100, ns + ns / 50, ns - ns / 50};
    return c;
}

} // namespace

TEST(Analysis, AmdahlNeedsThreeWorkerCountsUpToTheCores)
{
    RunResult r;
    r.system.logicalCores = 2;
    r.cells = {timed("serial", 1, 1000000), timed("mapped", 1, 1000000), timed("mapped", 2, 550000),
               timed("mapped", 4, 500000)};
    analyzeResult(r);
    ASSERT_EQ(r.fits.size(), 1);
    EXPECT_FALSE(r.fits.first().fitted); // w = 1 and 2; w = 4 is past the cores
    EXPECT_EQ(r.fits.first().points, 2);
    r.system.logicalCores = 4;
    analyzeResult(r);
    EXPECT_TRUE(r.fits.first().fitted);
    EXPECT_EQ(r.fits.first().points, 3);
    EXPECT_FALSE(r.fits.first().clamped);
    EXPECT_GT(r.fits.first().serialFraction, 0.0);
}

TEST(Analysis, AFitAtZeroSaysItWasClamped)
{
    RunResult r;
    r.system.logicalCores = 4;
    r.cells = {timed("serial", 1, 1000000), timed("chunked", 1, 990000),
               timed("chunked", 2, 480000), timed("chunked", 4, 240000)}; // above ideal
    analyzeResult(r);
    ASSERT_EQ(r.fits.size(), 1);
    EXPECT_TRUE(r.fits.first().fitted);
    EXPECT_TRUE(r.fits.first().clamped);
    EXPECT_EQ(r.fits.first().serialFraction, 0.0);
}

TEST(Analysis, SizeSweepComparesEachSizeWithItsOwnBaseline)
{
    RunResult r;
    r.system.logicalCores = 2;
    r.cells = {timed("serial", 1, 1000, 100),         timed("mapped", 2, 2000, 100),
               timed("serial", 1, 100000, 10000),     timed("mapped", 2, 60000, 10000),
               timed("serial", 1, 10000000, 1000000), timed("mapped", 2, 5100000, 1000000)};
    analyzeResult(r);
    EXPECT_NEAR(r.cells[1].stats.speedup, 0.5, 1e-9);
    EXPECT_NEAR(r.cells[3].stats.speedup, 100000.0 / 60000.0, 1e-9);
    EXPECT_NEAR(r.cells[5].stats.speedup, 10000000.0 / 5100000.0, 1e-9);
    EXPECT_EQ(r.sizes(), (QList<qint64>{100, 10000, 1000000}));
    EXPECT_EQ(r.baseline(10000), &r.cells[2]);
    EXPECT_EQ(r.cell(QStringLiteral("mapped"), 2, 1000000), &r.cells[5]);
    EXPECT_EQ(r.cell(QStringLiteral("mapped"), 2, 5), nullptr);
    ASSERT_EQ(r.breakEvens.size(), 1);
    EXPECT_EQ(r.breakEvens.first().kind, BreakEvenKind::Interpolated);
    EXPECT_EQ(r.breakEvens.first().below, 100);
    EXPECT_EQ(r.costModels.size(), 2);
    EXPECT_EQ(r.fits.size(), 3); // one per size, each without enough points
}

TEST(Analysis, ReanalysingALoadedResultKeepsTheRunnersWarnings)
{
    RunResult r;
    r.system.logicalCores = 2;
    r.system.buildType = QStringLiteral("Debug");
    r.cells = {timed("serial", 1, 1000000), timed("mapped", 2, 450000)};
    analyzeResult(r,
                  {{QStringLiteral("skipped"), QStringLiteral("mapreduce skipped"), {}, {}, 0, 0}});
    const qsizetype before = r.warnings.size();
    r.warnings.append({QStringLiteral("debug-build"), QStringLiteral("stale"), {}, {}, 0, 0});
    reanalyzeLoaded(r);
    EXPECT_EQ(r.warnings.size(), before); // the stale copy replaced, the runner's kept
    EXPECT_EQ(r.warnings.first().code, QStringLiteral("skipped"));
    EXPECT_FALSE(r.fits.first().fitted);
    EXPECT_TRUE(std::any_of(r.warnings.cbegin(), r.warnings.cend(), [](const Warning &w) {
        return w.code == QLatin1String("impossible-speedup");
    }));
}
