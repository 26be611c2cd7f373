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

namespace {

std::optional<QList<qint64>> sizes(const char *text)
{
    QString error;
    return parseSizeList(QString::fromUtf8(text), &error);
}

QString listError(const char *text)
{
    QString error;
    EXPECT_FALSE(parseSizeList(QString::fromUtf8(text), &error).has_value()) << text;
    return error;
}

} // namespace

TEST(SizeList, OneSizeReadsAsParseSizeDoes)
{
    EXPECT_EQ(sizes("30,000"), (QList<qint64>{30000}));
    EXPECT_EQ(sizes("10M"), (QList<qint64>{10000000}));
    EXPECT_EQ(sizes("1 000 000"), (QList<qint64>{1000000}));
    QString single;
    parseSize(QStringLiteral("2.5"), &single);
    EXPECT_EQ(listError("2.5"), single);
}

TEST(SizeList, ListsAreSortedAndRefuseDuplicates)
{
    EXPECT_EQ(sizes("1k,10k,100k"), (QList<qint64>{1000, 10000, 100000}));
    EXPECT_EQ(sizes("100k, 1k"), (QList<qint64>{1000, 100000}));
    EXPECT_EQ(sizes("64,256,1024"), (QList<qint64>{64, 256, 1024})); // 1024 is no thousands group
    EXPECT_EQ(sizes("100, 200, 300"), (QList<qint64>{100, 200, 300}));
    EXPECT_TRUE(listError("1k,1000").contains(QStringLiteral("1000 is listed twice")));
    EXPECT_TRUE(listError("1k,,2k").startsWith(QStringLiteral("size list \"1k,,2k\": ")));
    EXPECT_TRUE(listError("1k,abc").contains(QStringLiteral("\"abc\" is not a number")));
}

TEST(SizeList, TextThatReadsBothWaysIsAmbiguous)
{
    // One number with a thousands comma, or a list of two sizes: refuse to guess.
    const QString thousands = listError("1,024");
    EXPECT_TRUE(thousands.contains(QStringLiteral("ambiguous"))) << thousands.toStdString();
    EXPECT_TRUE(thousands.contains(QStringLiteral("1024"))) << thousands.toStdString();
    EXPECT_TRUE(thousands.contains(QStringLiteral("\"1, 024\""))) << thousands.toStdString();
    EXPECT_TRUE(listError("100,200,300").contains(QStringLiteral("ambiguous")));
    const QString decimal = listError("1,5M");
    EXPECT_TRUE(decimal.contains(QStringLiteral("decimal comma (write 1.5M)")))
        << decimal.toStdString();
}

TEST(SizeList, LogSpacedRanges)
{
    const auto nine = sizes("log:1e3:1e7:9");
    ASSERT_TRUE(nine.has_value());
    EXPECT_EQ(*nine, (QList<qint64>{1000, 3162, 10000, 31623, 100000, 316228, 1000000, 3162278,
                                    10000000}));
    EXPECT_EQ(sizes("LOG:100:10M:6"), (QList<qint64>{100, 1000, 10000, 100000, 1000000, 10000000}));
    // A narrow range rounds several points to one size: each appears once, still increasing.
    EXPECT_EQ(sizes("log:1:4:10"), (QList<qint64>{1, 2, 3, 4}));
    EXPECT_TRUE(listError("log:1e3:1e7").contains(QStringLiteral("log:FROM:TO:POINTS")));
    EXPECT_TRUE(listError("log:1e7:1e3:5").contains(QStringLiteral("must be larger")));
    EXPECT_TRUE(listError("log:1e3:1e7:1").contains(QStringLiteral("from 2 to 200")));
    EXPECT_TRUE(listError("log:1e3:1e7:201").contains(QStringLiteral("from 2 to 200")));
    EXPECT_TRUE(listError("log:0:1e7:5").contains(QStringLiteral("at least 1 item")));
}

TEST(SizeList, TextRoundTrips)
{
    for (const QList<qint64> &s :
         {QList<qint64>{30000}, QList<qint64>{100, 200, 300}, QList<qint64>{1000, 50000},
          logSpacedSizes(100, 10000000, 11), logSpacedSizes(1, 4, 10)}) {
        const QString text = sizeListText(s);
        EXPECT_EQ(sizes(text.toUtf8().constData()), s) << text.toStdString();
    }
    EXPECT_EQ(sizeListText(logSpacedSizes(1000, 10000000, 9)),
              QStringLiteral("log:1000:10000000:9"));
    EXPECT_EQ(sizeListText({100, 200, 300}), QStringLiteral("100, 200, 300"));
}
