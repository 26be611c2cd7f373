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
