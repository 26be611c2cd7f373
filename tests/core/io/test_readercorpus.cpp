// The reader corpus: every malformed, inconsistent, oversized or special file is refused with a
// specific message (or accepted with its statistics recomputed), quickly, and the valid ones
// are read. The same corpus goes through the app's open path in tests/ui/test_hostilefiles.cpp.
#include "../../sanitizerscale.h"
#include "core/io/resultio.h"
#include "hostilecorpus.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace pb;
using pb::testdata::CorpusEntry;

namespace {

const Warning *recomputeWarning(const RunResult &r)
{
    for (const Warning &w : r.warnings)
        if (w.code == QLatin1String("stats-recomputed"))
            return &w;
    return nullptr;
}

void expectHandled(const CorpusEntry &e)
{
    SCOPED_TRACE(qPrintable(e.name));
    QString error;
    QElapsedTimer clock;
    clock.start();
    const std::optional<RunResult> r = readResultFile(e.path, &error);
    EXPECT_LT(clock.elapsed(), e.timeLimitMs * pb::test::kSanitizerTimeScale);
    switch (e.outcome) {
    case CorpusEntry::Refuse:
        ASSERT_FALSE(r.has_value());
        EXPECT_TRUE(error.contains(e.phrase)) << qPrintable(error);
        EXPECT_TRUE(error.contains(e.path)) << qPrintable(error); // which file
        EXPECT_LT(error.size(), 600) << "messages quote excerpts, never whole values";
        break;
    case CorpusEntry::Accept:
        ASSERT_TRUE(r.has_value()) << qPrintable(error);
        EXPECT_EQ(recomputeWarning(*r), nullptr);
        break;
    case CorpusEntry::Recompute: {
        ASSERT_TRUE(r.has_value()) << qPrintable(error);
        const Warning *w = recomputeWarning(*r);
        ASSERT_NE(w, nullptr);
        EXPECT_TRUE(w->message.contains(e.phrase)) << qPrintable(w->message);
        break;
    }
    }
}

} // namespace

TEST(ReaderCorpus, CheckedInFilesAreRefusedWithTheirMessageOrRead)
{
    const QList<CorpusEntry> corpus = testdata::checkedInCorpus();
    ASSERT_GE(corpus.size(), 50) << "tests/data/reader/corpus.tsv missing or malformed";
    for (const CorpusEntry &e : corpus)
        expectHandled(e);
}

TEST(ReaderCorpus, GeneratedLargeAndSpecialFilesAreRefusedQuickly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<CorpusEntry> corpus = testdata::generatedCorpus(dir);
    ASSERT_GE(corpus.size(), 10);
    for (const CorpusEntry &e : corpus)
        expectHandled(e);
}

TEST(ReaderCorpus, RecomputedStatisticsAreTheSamplesOnes)
{
    QString error;
    const auto valid =
        readResultFile(testdata::readerDataDir() + QStringLiteral("/valid-v2.json"), &error);
    ASSERT_TRUE(valid) << qPrintable(error);
    for (const char *name :
         {"stats-n-lies.json", "stats-min-above-max.json", "stats-negative-median.json",
          "stats-speedup-lies.json", "fits-lie.json"}) {
        const auto lied = readResultFile(
            testdata::readerDataDir() + QLatin1Char('/') + QLatin1String(name), &error);
        ASSERT_TRUE(lied) << name << ": " << qPrintable(error);
        EXPECT_EQ(lied->cells, valid->cells) << name;
        EXPECT_EQ(lied->fits, valid->fits) << name;
        EXPECT_EQ(lied->warnings.size(), valid->warnings.size() + 1) << name;
    }
}

TEST(ReaderCorpus, VersionOneAndTwoOfTheSameRunAgree)
{
    QString error;
    const auto v1 =
        readResultFile(testdata::readerDataDir() + QStringLiteral("/valid-v1.json"), &error);
    ASSERT_TRUE(v1) << qPrintable(error);
    const auto v2 =
        readResultFile(testdata::readerDataDir() + QStringLiteral("/valid-v2.json"), &error);
    ASSERT_TRUE(v2) << qPrintable(error);
    ASSERT_EQ(v1->cells.size(), v2->cells.size());
    for (qsizetype i = 0; i < v1->cells.size(); ++i) {
        EXPECT_EQ(v1->cells[i].size, v2->cells[i].size);
        EXPECT_EQ(v1->cells[i].stats, v2->cells[i].stats);
    }
}
