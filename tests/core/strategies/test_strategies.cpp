// Helpers of the built-in strategies.
#include "core/strategies/strategies.h"

#include <gtest/gtest.h>

using namespace pb;

TEST(CancelPiece, AboutOneMillisecondOfWorkWhenTheCostIsKnown)
{
    EXPECT_EQ(cancelPiece(10'000'000, 16.0), 62500); // 1 ms / 16 ns
    EXPECT_EQ(cancelPiece(1000, 16.0), 1000);        // never more than the range
    EXPECT_EQ(cancelPiece(1000, 1e6), 1);            // 1 ms items: check after each
    EXPECT_EQ(cancelPiece(qint64(1) << 20, 0), 256); // unknown cost: 1/4096 of the range
    EXPECT_EQ(cancelPiece(100, 0), 1);
}
