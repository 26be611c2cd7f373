// Human-readable durations and byte counts.
#include "core/model/units.h"

#include <gtest/gtest.h>

using namespace pb;

TEST(Units, DurationsPickAUnitWithThreeDigits)
{
    EXPECT_EQ(formatDuration(812), QStringLiteral("812 ns"));
    EXPECT_EQ(formatDuration(812000), QStringLiteral("812 µs"));
    EXPECT_EQ(formatDuration(12345678), QStringLiteral("12.3 ms"));
    EXPECT_EQ(formatDuration(1.234e9), QStringLiteral("1.23 s"));
    EXPECT_EQ(formatDuration(999999), QStringLiteral("1.00 ms"));
    EXPECT_EQ(formatDuration(99960), QStringLiteral("100 µs"));
}

TEST(Units, BytesUseBinaryUnits)
{
    EXPECT_EQ(formatBytes(512), QStringLiteral("512 B"));
    EXPECT_EQ(formatBytes(1536), QStringLiteral("1.50 KiB"));
    EXPECT_EQ(formatBytes(64.0 * 1024 * 1024), QStringLiteral("64.0 MiB"));
    EXPECT_EQ(formatBytes(-1), QStringLiteral("unknown"));
}
