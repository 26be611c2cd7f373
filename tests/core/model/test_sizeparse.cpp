// parseSize: the one size rule of the CLI (--size, --sweep) and the app's size field.
#include "core/model/sizeparse.h"

#include <gtest/gtest.h>

using namespace pb;

namespace {

std::optional<qint64> parse(const char *text)
{
    QString error;
    return parseSize(QString::fromUtf8(text), &error);
}

QString errorFor(const char *text)
{
    QString error;
    EXPECT_FALSE(parseSize(QString::fromUtf8(text), &error).has_value()) << text;
    return error;
}

} // namespace

TEST(SizeParse, PlainSuffixesAndExponents)
{
    EXPECT_EQ(parse("30000"), 30000);
    EXPECT_EQ(parse(" 42 "), 42);
    EXPECT_EQ(parse("250k"), 250000);
    EXPECT_EQ(parse("10M"), 10000000);
    EXPECT_EQ(parse("1.5M"), 1500000);
    EXPECT_EQ(parse("2g"), qint64(2000000000));
    EXPECT_EQ(parse("3e9"), qint64(3000000000));
    EXPECT_EQ(parse("1e6"), 1000000);
    EXPECT_EQ(parse("1"), 1);
}

TEST(SizeParse, ThousandsSeparators)
{
    EXPECT_EQ(parse("30,000"), 30000);
    EXPECT_EQ(parse("1,000,000"), 1000000);
    EXPECT_EQ(parse("30 000"), 30000);
    EXPECT_EQ(parse("1 000 000"), 1000000);
    EXPECT_EQ(parse("1\u00a0000\u00a0000"), 1000000); // no-break spaces, as pasted
    EXPECT_EQ(parse("30_000"), 30000);
    EXPECT_EQ(parse("1_000_000"), 1000000);
    EXPECT_EQ(parse("30,000k"), 30000000);
    EXPECT_EQ(parse("1,000.5k"), 1000500);
}

TEST(SizeParse, DecimalCommaIsRefusedNotReadAsThousands)
{
    // A decimal comma would silently become 15M: refused instead, saying how to write it.
    EXPECT_FALSE(parse("1,5M").has_value());
    EXPECT_TRUE(errorFor("1,5M").contains(QStringLiteral("decimal point")));
    EXPECT_TRUE(errorFor("1,5").contains(QStringLiteral("decimal point")));
    EXPECT_TRUE(errorFor("1,00").contains(QStringLiteral("decimal point")));
}

TEST(SizeParse, BadGroupingIsRefused)
{
    for (const char *text : {"1,0000", "10,00,000", "1 00", "3_0000", "1,000 000", "1__000", ","})
        EXPECT_FALSE(parse(text).has_value()) << text;
    EXPECT_TRUE(errorFor("10,00,000").contains(QStringLiteral("groups of three")));
    EXPECT_TRUE(errorFor("1,000 000").contains(QStringLiteral("one kind")));
}

TEST(SizeParse, SpecificMessages)
{
    EXPECT_TRUE(errorFor("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(errorFor("abc").contains(QStringLiteral("not a number")));
    EXPECT_TRUE(errorFor("1e").contains(QStringLiteral("not a number")));
    EXPECT_TRUE(errorFor("k").contains(QStringLiteral("not a number")));
    EXPECT_TRUE(errorFor("2.5").contains(QStringLiteral("whole number")));
    EXPECT_TRUE(errorFor("0").contains(QStringLiteral("at least 1")));
    EXPECT_TRUE(errorFor("-5").contains(QStringLiteral("at least 1")));
    EXPECT_TRUE(errorFor("-1,000").contains(QStringLiteral("at least 1")));
    EXPECT_TRUE(errorFor("1e30").contains(QStringLiteral("too large")));
    EXPECT_TRUE(errorFor("10G000").contains(QStringLiteral("not a number")));
    EXPECT_TRUE(errorFor("abc").contains(QStringLiteral("\"abc\"")));
}

TEST(SizeParse, ErrorMayBeOmitted)
{
    EXPECT_FALSE(parseSize(QStringLiteral("abc"), nullptr).has_value());
    EXPECT_EQ(parseSize(QStringLiteral("7"), nullptr), 7);
}
