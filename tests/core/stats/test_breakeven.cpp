// Break-even sizes: where a strategy × worker count starts to pay off in a size sweep.
#include "core/stats/breakeven.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace pb;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

BreakEven find(const QList<SizeSpeedup> &points)
{
    const std::optional<BreakEven> b = findBreakEven(QStringLiteral("mapped"), 2, points);
    EXPECT_TRUE(b.has_value());
    return b.value_or(BreakEven{});
}

} // namespace

TEST(BreakEven, InterpolatesWhereTheLowerBoundCrossesOneOnLogSize)
{
    // The lower bound goes 0.5 -> 1.5 between 1 000 and 10 000: it crosses 1 halfway on
    // log(size), at sqrt(1 000 × 10 000).
    const BreakEven b = find({{100, 0.2}, {1000, 0.5}, {10000, 1.5}, {100000, 1.9}});
    EXPECT_EQ(b.kind, BreakEvenKind::Interpolated);
    EXPECT_NEAR(b.size, std::sqrt(1000.0 * 10000.0), 1e-6);
    EXPECT_EQ(b.below, 1000);
    EXPECT_EQ(b.above, 10000);
    // A quarter of the way: 1000 × 10^0.25.
    EXPECT_NEAR(find({{1000, 0.8}, {10000, 1.6}}).size, 1000 * std::pow(10.0, 0.25), 1e-6);
}

TEST(BreakEven, MustStayAboveOneForEveryLargerSize)
{
    // Above 1 at 1 000, below again at 10 000: it pays off only from 100 000 on.
    const BreakEven b = find({{100, 0.5}, {1000, 1.2}, {10000, 0.9}, {100000, 1.4}});
    EXPECT_EQ(b.kind, BreakEvenKind::Interpolated);
    EXPECT_EQ(b.below, 10000);
    EXPECT_EQ(b.above, 100000);
    EXPECT_GT(b.size, 10000);
    EXPECT_LT(b.size, 100000);
}

TEST(BreakEven, AlreadyAtTheSmallestOrNotReached)
{
    const BreakEven early = find({{100, 1.1}, {1000, 1.5}});
    EXPECT_EQ(early.kind, BreakEvenKind::AtSmallest);
    EXPECT_EQ(early.size, 100);
    EXPECT_EQ(find({{100, 0.3}, {1000, 1.5}, {10000, 0.99}}).kind, BreakEvenKind::NotReached);
    // Exactly 1 is not above 1.
    EXPECT_EQ(find({{100, 0.3}, {1000, 1.0}}).kind, BreakEvenKind::NotReached);
}

TEST(BreakEven, AFailedSizeBeforeTheCrossingGivesOnlyTheBracket)
{
    const BreakEven b = find({{100, 0.3}, {1000, kNaN}, {10000, 1.2}});
    EXPECT_EQ(b.kind, BreakEvenKind::Bracketed);
    EXPECT_EQ(b.below, 1000);
    EXPECT_EQ(b.above, 10000);
    EXPECT_EQ(find({{100, 1.3}, {1000, kNaN}}).kind, BreakEvenKind::NotReached);
}

TEST(BreakEven, NeedsTwoSizes)
{
    EXPECT_FALSE(findBreakEven(QStringLiteral("mapped"), 2, {{1000, 1.5}}).has_value());
    EXPECT_FALSE(findBreakEven(QStringLiteral("mapped"), 2, {}).has_value());
}

TEST(BreakEven, OfAResultPerStrategyAndWorkers)
{
    RunResult r;
    const auto cell = [&](const char *s, int w, qint64 size, double ciLow) {
        CellResult c;
        c.strategy = QLatin1String(s);
        c.workers = w;
        c.size = size;
        c.samplesNs = {1};
        c.stats.n = 1;
        c.stats.speedup = ciLow + 0.1;
        c.stats.speedupCiLow = ciLow;
        r.cells.append(c);
    };
    for (qint64 size : {1000, 10000, 100000}) {
        cell("serial", 1, size, 1.0);
        cell("mapped", 2, size, size == 1000 ? 0.5 : 1.5);
        cell("chunked", 2, size, 1.2);
    }
    r.cells[4].error = QStringLiteral("kernel threw"); // mapped at 10 000
    const QList<BreakEven> list = breakEvens(r);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].strategy, QStringLiteral("mapped"));
    EXPECT_EQ(list[0].kind, BreakEvenKind::Bracketed); // 10 000 failed: nothing to interpolate
    EXPECT_EQ(list[0].below, 10000);
    EXPECT_EQ(list[0].above, 100000);
    EXPECT_EQ(list[1].strategy, QStringLiteral("chunked"));
    EXPECT_EQ(list[1].kind, BreakEvenKind::AtSmallest);
    // One size, or a granularity sweep: no break-even.
    r.cells = r.cells.mid(0, 3);
    EXPECT_TRUE(breakEvens(r).isEmpty());
}
