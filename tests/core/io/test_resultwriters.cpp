#include "core/io/resultformat.h"
#include "core/io/resultio.h"
#include "sampleresult.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pb;
using pb::testdata::makeFullResult;

namespace {

/// Minimal RFC 4180 reader for checking the writer (quoted commas, quotes, newlines).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += QLatin1Char('"'), ++i;
            else if (ch == QLatin1Char('"'))
                quoted = false;
            else
                field += ch;
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field, field.clear();
        } else if (ch == QLatin1Char('\n')) {
            row << field, field.clear();
            rows << row, row.clear();
        } else {
            field += ch;
        }
    }
    return rows;
}

} // namespace

TEST(ResultWriters, CsvHasHeaderOneRowPerCellAndQuotesErrors)
{
    const RunResult r = makeFullResult();
    const QString text = QString::fromUtf8(writerFor(QStringLiteral("csv"))->write(r));
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "workload,size,strategy,workers,chunk_size,n,min_ns,median_ns,mean_ns,stddev_ns,"
        "ci_low_ns,ci_high_ns,speedup,speedup_ci_low,speedup_ci_high,efficiency,karp_flatt,"
        "outliers,verified,error,peak_extra_bytes,error_kind,steal_ns,cpu_utilisation,"
        "cpu_median_ns,break_even_kind,break_even_items,model_fixed_ns,model_per_item_ns,"
        "model_r2\n")));
    const QList<QStringList> rows = parseCsv(text);
    ASSERT_EQ(rows.size(), r.cells.size() + 1);
    const qsizetype errorColumn = rows[0].indexOf(QStringLiteral("error"));
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), 30);
    const auto column = [&](const char *name) { return rows[0].indexOf(QLatin1String(name)); };
    EXPECT_EQ(rows[1][column("cpu_utilisation")], QStringLiteral("0.6"));
    EXPECT_EQ(rows[1][column("cpu_median_ns")], QStringLiteral("2000005"));
    EXPECT_EQ(rows[3][errorColumn], r.cells[2].error);
    EXPECT_EQ(rows[3][rows[0].indexOf(QStringLiteral("error_kind"))],
              QStringLiteral("verification-mismatch"));
    EXPECT_EQ(rows[1][rows[0].indexOf(QStringLiteral("error_kind"))], QStringLiteral("none"));
    EXPECT_EQ(rows[3][rows[0].indexOf(QStringLiteral("min_ns"))], QStringLiteral("400001"));
    EXPECT_EQ(rows[1][rows[0].indexOf(QStringLiteral("karp_flatt"))], QString());
    EXPECT_TRUE(text.contains(QStringLiteral("\"item 7: expected 1, got 2, see \"\"log\"\"")));
}

TEST(ResultWriters, MarkdownHasTableHeaderAndOneRowPerCell)
{
    const RunResult r = makeFullResult();
    const QString text = QString::fromUtf8(writerFor(QStringLiteral("markdown"))->write(r));
    EXPECT_TRUE(text.contains(QStringLiteral("| strategy | workers | median | 95% CI | speedup | "
                                             "efficiency | Karp–Flatt | CPU use | steal | "
                                             "verified |")));
    qsizetype tableRows = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("| ")) &&
            !line.startsWith(QStringLiteral("| strategy")) &&
            !line.startsWith(QStringLiteral("| mapped | 2 | pays")) &&
            !line.startsWith(QStringLiteral("| chunked | 2 | pays")) &&
            !line.contains(QStringLiteral("fixed +")))
            ++tableRows;
    EXPECT_EQ(tableRows, r.cells.size());
    EXPECT_TRUE(text.contains(QStringLiteral("Spin (busy wait)")));
    EXPECT_TRUE(text.contains(QStringLiteral("high-load")));
    EXPECT_TRUE(text.contains(QStringLiteral("serial fraction f = 0.031")));
}

TEST(ResultWriters, TextTableShowsEveryCellStatusFitsAndWarnings)
{
    const RunResult r = makeFullResult();
    const QString text = QString::fromUtf8(writerFor(QStringLiteral("txt"))->write(r));
    EXPECT_TRUE(text.contains(QStringLiteral("FAILED (verification mismatch): item 7")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amdahl fit mapped: serial fraction f = 0.031")));
    EXPECT_TRUE(text.contains(QStringLiteral("ParaBench: Spin (busy wait) (spin), 123 457 items")));
    EXPECT_TRUE(text.contains(QStringLiteral("! high-load: load 1.5 on 2 cores — close other")));
    EXPECT_TRUE(text.contains(QStringLiteral("chunked (chunk 512)")));
    EXPECT_TRUE(text.contains(QStringLiteral("1.00 ms"))); // serial median 1000003.5 ns
}

TEST(ResultWriters, SizeSweepsShowSizesBreakEvenAndCostModels)
{
    const RunResult r = testdata::makeSweepResult();
    const QString text = QString::fromUtf8(writerFor(QStringLiteral("txt"))->write(r));
    EXPECT_TRUE(text.contains(QStringLiteral("(spin), 1 000 … 123 457 items (2 sizes)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amdahl fit mapped, 123 457 items: serial fraction "
                                             "f = 0.031 (R² 0.998, 3 points)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amdahl fit chunked: no fit: not enough points (2 "
                                             "worker counts ≤ 12 cores; need 3), at every size")));
    EXPECT_TRUE(text.contains(QStringLiteral("mapped   2 workers  pays off above ≈ 4 100 items")));
    EXPECT_TRUE(text.contains(QStringLiteral("serial   1 worker  1.23 µs fixed + 16.4 ns/item "
                                             "(R² 0.998, 3 sizes)")));
    EXPECT_TRUE(text.contains(QStringLiteral("With 2 workers: mapped pays off above ≈ 4 100 items; "
                                             "chunked pays off already at 1 000 items")));
    const QString md = QString::fromUtf8(writerFor(QStringLiteral("markdown"))->write(r));
    EXPECT_TRUE(md.contains(QStringLiteral("| size | strategy | workers | median | 95% CI | "
                                           "speedup | efficiency | Karp–Flatt | CPU use | steal | "
                                           "verified |")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Break-even sizes")));
    EXPECT_TRUE(md.contains(QStringLiteral("| mapped | 2 | pays off above ≈ 4 100 items "
                                           "(between 1 000 and 10 000) |")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Cost model")));
    const QList<QStringList> rows =
        parseCsv(QString::fromUtf8(writerFor(QStringLiteral("csv"))->write(r)));
    const auto column = [&](const char *name) { return rows[0].indexOf(QLatin1String(name)); };
    // mapped at 2 workers, both sizes: its break-even and cost model on each of its rows.
    for (int row : {2, 5}) {
        EXPECT_EQ(rows[row][column("break_even_kind")], QStringLiteral("interpolated"));
        EXPECT_EQ(rows[row][column("break_even_items")], QStringLiteral("4138"));
        EXPECT_EQ(rows[row][column("model_per_item_ns")], QStringLiteral("22.5"));
    }
    EXPECT_EQ(rows[1][column("model_fixed_ns")], QStringLiteral("1234.5")); // serial
    EXPECT_EQ(rows[1][column("break_even_kind")], QString());
}

TEST(ResultWriters, WriterRegistryKnowsEveryFormat)
{
    for (const QString &id : writerFormatIds()) {
        const ResultWriter *w = writerFor(id);
        ASSERT_NE(w, nullptr) << id.toStdString();
        EXPECT_EQ(w->formatId(), id);
    }
    EXPECT_EQ(writerFor(QStringLiteral("xml")), nullptr);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("r.xml"));
    QString error;
    EXPECT_FALSE(writeResultFile(RunResult(), target, QStringLiteral("xml"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("unknown output format \"xml\"")));
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST(ResultWriters, RepeatedCellWarningsAreGrouped)
{
    const auto cellWarning = [](const char *strategy, int workers) {
        return pb::Warning{QStringLiteral("run-queue-wait"), QStringLiteral("waited"),
                           QStringLiteral("close programs"), QLatin1String(strategy), workers};
    };
    const pb::Warning load{QStringLiteral("high-load"), QStringLiteral("load 4"), {}, {}, 0};
    const QList<pb::Warning> few{load, cellWarning("mapped", 1), cellWarning("mapped", 2)};
    EXPECT_EQ(pb::fmt::warningLines(few).size(), 3);
    const QList<pb::Warning> many{cellWarning("mapped", 1), load, cellWarning("mapped", 2),
                                  cellWarning("chunked", 2), cellWarning("inplace", 2)};
    const QStringList lines = pb::fmt::warningLines(many);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("run-queue-wait: waited")));
    EXPECT_EQ(lines[1], QStringLiteral("run-queue-wait: also for 3 more cells: mapped ×2, "
                                       "chunked ×2, inplace ×2"));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("high-load")));

    // A sweep: every cell is "chunked ×2", so the names are not listed.
    const QList<pb::Warning> sweep{cellWarning("chunked", 2), cellWarning("chunked", 2),
                                   cellWarning("chunked", 2), cellWarning("chunked", 2)};
    EXPECT_EQ(pb::fmt::warningLines(sweep).value(1),
              QStringLiteral("run-queue-wait: also for 3 more cells"));
}
