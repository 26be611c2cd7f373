// The strict JSON layer: exactly RFC 8259, within limits, with a position in every message.
#include "core/io/strictjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pb;

namespace {

QString errorOf(const QByteArray &text, const JsonLimits &limits = {})
{
    QString error;
    EXPECT_FALSE(checkStrictJson(text, limits, &error)) << text.left(80).constData();
    return error;
}

} // namespace

TEST(StrictJson, AcceptsWhatRfc8259Allows)
{
    for (const char *text :
         {"{}", "[]", "0", "-0", "1.5e+3", "-0.25E-2", "1e-400", "\"\"", "true", "null",
          " \t\r\n{\"a\": [1, {\"b\": null}], \"c\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}\n",
          "\"\\u00e9 \\ud83d\\ude00 \xc3\xa9 \xf0\x9f\x98\x80\"", "\xEF\xBB\xBF{\"bom\": 1}",
          "[1.7976931348623157e308]", "{\"a\":1,\"A\":2}"}) {
        QString error;
        EXPECT_TRUE(checkStrictJson(QByteArray(text), {}, &error))
            << text << " -> " << qPrintable(error);
    }
}

TEST(StrictJson, RefusesWhatQtsParserLetsThrough)
{
    const struct
    {
        const char *text, *phrase;
    } cases[] = {
        {"[1.]", "a digit must follow the decimal point (\"1.\")"},
        {"[.5]", "a number must start with a digit"},
        {"[\"\\x41\"]", "invalid escape \\x"},
        {"[\"\\ud800\"]", "unpaired surrogate \\ud800"},
        {"[\"\\udc00\"]", "unpaired surrogate \\udc00"},
        {"[01]", "leading zeros are not allowed (\"01\")"},
        {"[-]", "'-' must be followed by a digit"},
        {"[1e]", "the exponent of \"1e\" has no digits"},
        {"[+1]", "a number cannot start with '+'"},
        {"[1e400]", "the number 1e400 is beyond the range of a double"},
        {"[-1e400]", "beyond the range of a double"},
        {"[NaN]", "NaN and Infinity are not JSON numbers"},
        {"[Infinity]", "NaN and Infinity"},
        {"[1,]", "a trailing comma before ']'"},
        {"{\"a\":1,}", "a trailing comma before '}'"},
        {"{'a':1}", "member names need double quotes"},
        {"['a']", "strings need double quotes"},
        {"{\"a\":1} // c", "comments are not allowed"},
        {"[tru]", "JSON knows only true, false and null"},
        {"{\"a\":1,\"a\":2}", "duplicate member name \"a\""},
        {"{\"a\":1,\"\\u0061\":2}", "duplicate member name \"a\""},
        {"[\"a\tb\"]", "control character U+0009 inside a string"},
        {"[\"a\nb\"]", "line break inside a string"},
        {"[\"\xff\"]", "invalid UTF-8 (byte 0xff)"},
        {"[\"\xc0\xaf\"]", "invalid UTF-8"},         // overlong '/'
        {"[\"\xed\xa0\x80\"]", "invalid UTF-8"},     // encoded surrogate
        {"[\"\xf4\x90\x80\x80\"]", "invalid UTF-8"}, // beyond U+10FFFF
        {"{} {}", "after the end of the JSON value"},
        {"[1 2]", "expected ',' or ']' after an array element, got '2'"},
        {"{\"a\" 1}", "expected ':' after the member name"},
        {"[1", "the document ends inside an array"},
        {"{\"a\":", "the document ends where a value is expected"},
        {"[\"abc", "unterminated string"},
        {"", "the document is empty"},
        {"  \n ", "the document holds only white space"},
        {"\xff\xfe{\0}", "UTF-16 text"},
    };
    for (const auto &c : cases) {
        const QString error = errorOf(QByteArray(c.text));
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.phrase)))
            << c.text << " -> " << qPrintable(error);
        EXPECT_TRUE(error.startsWith(QStringLiteral("line "))) << qPrintable(error);
    }
    EXPECT_TRUE(errorOf(QByteArray("{\"a\":\0}", 7)).contains(QStringLiteral("binary data")));
}

TEST(StrictJson, ErrorsNameLineColumnAndOffsetInCharacters)
{
    // Line 2; "é" is two bytes but one column.
    const QString error = errorOf(QByteArray("{\"x\":\n \"\xc3\xa9\", \"y\": 1.}"));
    EXPECT_TRUE(error.startsWith(QStringLiteral("line 2, column 12 (byte offset 18): a digit")))
        << qPrintable(error);
}

TEST(StrictJson, EnforcesEveryLimit)
{
    JsonLimits small;
    small.maxBytes = 1000;
    small.maxDepth = 3;
    small.maxStringBytes = 8;
    small.maxArrayElements = 4;
    small.maxObjectMembers = 2;
    small.maxValues = 10;
    small.maxNumberChars = 5;
    const struct
    {
        QByteArray text;
        const char *phrase;
    } cases[] = {
        {QByteArray(1001, ' '), "the document is 1001 bytes; at most 1000"},
        {"[[[[1]]]]", "nested deeper than 3 levels"},
        {"[\"123456789\"]", "a string longer than 8 bytes"},
        {"{\"123456789\":1}", "a string longer than 8 bytes"},
        {"[1,2,3,4,5]", "an array with more than 4 elements"},
        {"{\"a\":1,\"b\":2,\"c\":3}", "an object with more than 2 members"},
        {"[[1,2],[3,4],[5,6],[7]]", "more than 10 values"},
        {"[123456]", "a number of 6 characters (at most 5)"},
    };
    for (const auto &c : cases) {
        const QString error = errorOf(c.text, small);
        EXPECT_TRUE(error.contains(QLatin1String(c.phrase)))
            << c.text.constData() << " -> " << qPrintable(error);
    }
    QString error;
    EXPECT_TRUE(checkStrictJson("[[1,2],[3]]", small, &error)) << qPrintable(error);
}

TEST(StrictJson, DeepNestingFailsWithoutRecursion)
{
    // 10 million '[' would overflow the stack of a recursive parser long before the limit check.
    const QByteArray deep(10'000'000, '[');
    EXPECT_TRUE(errorOf(deep).contains(QStringLiteral("nested deeper than 32 levels")));
}

TEST(StrictJson, ParseGivesQtsDocumentForValidText)
{
    QString error;
    const auto doc = parseStrictJson("{\"a\": [1, \"\\u00e9\"]}", {}, &error);
    ASSERT_TRUE(doc.has_value()) << qPrintable(error);
    EXPECT_EQ(doc->object().value(QStringLiteral("a")).toArray().at(1).toString(),
              QStringLiteral("é"));
    EXPECT_FALSE(parseStrictJson("{\"a\": 1.}", {}, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("decimal point")));
}
