// The automatic chunk size and the automatic sweep.
#include "core/run/autochunk.h"

#include <parabench/workloaddata.h>

#include <gtest/gtest.h>

using namespace pb;

TEST(AutoChunk, SweepsAndAutomaticSizesKeepTheChunkCountCountable)
{
    const qint64 huge = 3'000'000'000;
    const QList<qint64> sweep = autoChunkSweep(huge, 1);
    ASSERT_FALSE(sweep.isEmpty());
    EXPECT_EQ(sweep.first(), 4); // 1 would make 3e9 chunks
    for (qint64 c : sweep)
        EXPECT_LE(huge / c, kMaxQtConcurrentItems);
    EXPECT_GE(autoChunkSize(1.0, huge, 1), huge / kMaxQtConcurrentItems + 1);
    EXPECT_EQ(autoChunkSweep(4096, 2), (QList<qint64>{1, 4, 16, 64, 256, 1024}));
}

TEST(AutoChunk, AimsForTargetCostAndBalance)
{
    EXPECT_EQ(autoChunkSize(50.0, 10'000'000, 2), 2048); // 100 us / 50 ns = 2000 -> 2^11
    EXPECT_EQ(autoChunkSize(52.0, 10'000'000, 2), 2048); // run-to-run jitter does not move it
    EXPECT_EQ(autoChunkSize(30'000.0, 30'000, 2), 4);    // 100 us / 30 us = 3.3 -> 2^2
    EXPECT_EQ(autoChunkSize(1.0, 1000, 2), 62);          // balance: >= 8 chunks per worker
    EXPECT_GE(autoChunkSize(1.0, qint64(1) << 40, 2), (qint64(1) << 40) / kMaxQtConcurrentItems);
    EXPECT_EQ(autoChunkSize(1e9, 10, 2), 1);
}
