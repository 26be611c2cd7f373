#include "core/compare/comparer.h"
#include "core/compare/comparisonwriters.h"

#include "comparefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::testdata;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    CompareOptions options;
    QList<Comparison> comparisons;
};

Fixture regression()
{
    Fixture f;
    f.options.failOnRegression = 0.05;
    RunResult base = runWith({timedCell(u"serial"_s, 1, around(1000000)),
                              timedCell(u"mapped"_s, 2, around(500000)),
                              timedCell(u"mapped"_s, 4, around(300000))});
    RunResult next =
        runWith({timedCell(u"serial"_s, 1, around(1000000)),
                 timedCell(u"mapped"_s, 2, around(550000)), timedCell(u"inplace"_s, 2, {1, 2, 3})});
    next.system.buildType = u"Debug"_s;
    f.comparisons.append(compareResults(base, next, f.options, u"base.json"_s, u"new.json"_s));
    return f;
}

QString text(const char *format, const Fixture &f)
{
    return QString::fromUtf8(
        writeComparisons(QLatin1String(format), f.comparisons, f.options).value());
}

} // namespace

TEST(ComparisonWriters, TextHasWarningsTableOneSidedCellsAndGate)
{
    const QString t = text("txt", regression());
    EXPECT_TRUE(t.startsWith(u"new.json vs base.json (BASE): α = 0.05, noise ±1%, gate: a cell "
                             "regressed by more than 5% fails\n! build types differ"_s))
        << qPrintable(t);
    // The warning comes before the table.
    EXPECT_LT(t.indexOf(u"! build types differ"_s), t.indexOf(u"\ncell "_s));
    EXPECT_TRUE(t.contains(u"mapped @2"_s));
    EXPECT_TRUE(t.contains(u"+10.0% ["_s)) << qPrintable(t);
    EXPECT_TRUE(t.contains(u"0.0079  regressed (fails the gate)"_s)) << qPrintable(t);
    EXPECT_TRUE(t.contains(u"Only in BASE: mapped @4"_s));
    EXPECT_TRUE(t.contains(u"Only in NEW: inplace @2"_s));
    EXPECT_TRUE(t.contains(u"gate: FAILED: 1 cell(s) regressed by more than 5%"_s));
}

TEST(ComparisonWriters, MarkdownIsAPullRequestComment)
{
    const QString md = text("md", regression());
    EXPECT_TRUE(md.startsWith(u"## ParaBench comparison\n"_s));
    EXPECT_TRUE(md.contains(u"> ⚠️ build types differ"_s));
    EXPECT_TRUE(
        md.contains(u"| cell | BASE median | NEW median | change [95% CI] | p | verdict |"_s));
    EXPECT_TRUE(md.contains(u"| **regressed** ❌ |"_s)) << qPrintable(md);
    EXPECT_TRUE(md.contains(u"**gate: FAILED"_s));
}

TEST(ComparisonWriters, CsvRowsHaveEveryColumn)
{
    const QStringList lines = text("csv", regression()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 2 + 1 + 1); // header, 2 common cells, one per side
    const qsizetype columns = lines[0].count(u',');
    for (const QString &l : lines)
        EXPECT_EQ(l.count(u','), columns) << qPrintable(l);
    EXPECT_TRUE(lines[0].startsWith(u"base,new,workload,size,strategy,workers,chunk"_s));
    EXPECT_TRUE(lines[2].contains(u",regressed,1,"_s)) << qPrintable(lines[2]);
    EXPECT_TRUE(lines[3].contains(u"only in base"_s));
}

TEST(ComparisonWriters, JsonHasEverything)
{
    const Fixture f = regression();
    const QJsonObject root =
        QJsonDocument::fromJson(writeComparisons(u"json"_s, f.comparisons, f.options).value())
            .object();
    EXPECT_EQ(root.value(u"format"_s).toString(), u"parabench-comparison"_s);
    EXPECT_DOUBLE_EQ(root.value(u"failOnRegression"_s).toDouble(), 0.05);
    EXPECT_TRUE(root.value(u"gateFailed"_s).toBool());
    const QJsonObject c = root.value(u"comparisons"_s).toArray().first().toObject();
    EXPECT_EQ(c.value(u"gateFailures"_s).toInt(), 1);
    const QJsonObject mapped = c.value(u"cells"_s).toArray().at(1).toObject();
    EXPECT_EQ(mapped.value(u"strategy"_s).toString(), u"mapped"_s);
    EXPECT_EQ(mapped.value(u"verdict"_s).toString(), u"regressed"_s);
    EXPECT_NEAR(mapped.value(u"ratio"_s).toDouble(), 1.1, 1e-9);
    EXPECT_NEAR(mapped.value(u"pValue"_s).toDouble(), 0.0079365, 1e-6);
    EXPECT_EQ(c.value(u"onlyInNew"_s).toArray().size(), 1);
}

TEST(ComparisonWriters, UnknownFormatIsRefused)
{
    EXPECT_FALSE(writeComparisons(u"xml"_s, {}, {}).has_value());
}
