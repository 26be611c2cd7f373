#include "core/compare/comparer.h"

#include "comparefixtures.h"

#include <gtest/gtest.h>

using namespace pb;
using namespace Qt::Literals::StringLiterals;
using namespace pb::testdata;

namespace {

const CellComparison *find(const Comparison &c, const QString &strategy, int workers)
{
    for (const CellComparison &cell : c.cells)
        if (cell.key.strategy == strategy && cell.key.workers == workers)
            return &cell;
    return nullptr;
}

} // namespace

TEST(Comparer, VerdictsPerCell)
{
    const RunResult base = runWith({timedCell(u"serial"_s, 1, around(1000000)),
                                    timedCell(u"mapped"_s, 2, around(500000)),
                                    timedCell(u"chunked"_s, 2, around(520000))});
    const RunResult next = runWith({timedCell(u"serial"_s, 1, around(1000100)),   // same
                                    timedCell(u"mapped"_s, 2, around(550000)),    // +10 %
                                    timedCell(u"chunked"_s, 2, around(468000))}); // -10 %
    CompareOptions o;
    o.failOnRegression = 0.05;
    const Comparison c = compareResults(base, next, o, u"a.json"_s, u"b.json"_s);
    ASSERT_EQ(c.cells.size(), 3);
    const CellComparison *mapped = find(c, u"mapped"_s, 2);
    ASSERT_NE(mapped, nullptr);
    EXPECT_NEAR(mapped->ratio, 1.1, 1e-9);
    EXPECT_NEAR(mapped->pValue, 0.007936507936507936, 1e-12); // complete separation, 5 vs 5
    EXPECT_EQ(mapped->verdict, Verdict::Regressed);
    EXPECT_TRUE(mapped->gateFailed);
    EXPECT_GT(mapped->ratioLow, 1.01); // the CI lies beyond the noise
    EXPECT_LE(mapped->ratioLow, mapped->ratio);
    EXPECT_GE(mapped->ratioHigh, mapped->ratio);
    const CellComparison *chunked = find(c, u"chunked"_s, 2);
    EXPECT_EQ(chunked->verdict, Verdict::Improved);
    EXPECT_FALSE(chunked->gateFailed);
    const CellComparison *serial = find(c, u"serial"_s, 1);
    EXPECT_NE(serial->verdict, Verdict::Regressed);
    EXPECT_NE(serial->verdict, Verdict::Improved);
    EXPECT_EQ(c.gateFailures(), 1);
}

TEST(Comparer, TooFewSamplesSaysSo)
{
    const RunResult base = runWith({timedCell(u"mapped"_s, 2, {100, 101, 102})});
    const RunResult next = runWith({timedCell(u"mapped"_s, 2, {200, 201, 202})});
    CompareOptions o;
    o.failOnRegression = 0.05;
    const Comparison c = compareResults(base, next, o);
    ASSERT_EQ(c.cells.size(), 1);
    EXPECT_EQ(c.cells[0].verdict, Verdict::TooFewSamples);
    EXPECT_EQ(c.cells[0].note, u"too few samples (n=3 vs 3): cannot reach significance"_s);
    EXPECT_NEAR(c.cells[0].pValue, 0.1, 1e-12);
    EXPECT_FALSE(c.cells[0].gateFailed); // a doubling, but no evidence: the gate does not guess
}

TEST(Comparer, OneSidedCellsAreListed)
{
    const RunResult base =
        runWith({timedCell(u"serial"_s, 1, around(1000)), timedCell(u"mapped"_s, 4, around(300))});
    const RunResult next =
        runWith({timedCell(u"serial"_s, 1, around(1000)), timedCell(u"inplace"_s, 2, around(600))});
    const Comparison c = compareResults(base, next, {});
    ASSERT_EQ(c.cells.size(), 1);
    ASSERT_EQ(c.onlyInBase.size(), 1);
    EXPECT_EQ(c.onlyInBase[0].strategy, u"mapped"_s);
    EXPECT_EQ(c.onlyInBase[0].workers, 4);
    ASSERT_EQ(c.onlyInNew.size(), 1);
    EXPECT_EQ(c.onlyInNew[0].strategy, u"inplace"_s);
}

TEST(Comparer, FailedCellInNewTripsTheGate)
{
    const RunResult base = runWith({timedCell(u"mapped"_s, 2, around(1000))});
    CellResult broken = timedCell(u"mapped"_s, 2, {});
    broken.errorKind = CellErrorKind::Verification;
    broken.error = QStringLiteral("3 of 30000 items differ");
    const RunResult next = runWith({broken});
    CompareOptions o;
    o.failOnRegression = 0.05;
    const Comparison c = compareResults(base, next, o);
    ASSERT_EQ(c.cells.size(), 1);
    EXPECT_EQ(c.cells[0].verdict, Verdict::Failed);
    EXPECT_TRUE(c.cells[0].note.contains(u"NEW: 3 of 30000 items differ"_s));
    EXPECT_TRUE(c.cells[0].gateFailed);
}

TEST(Comparer, FixedChunkSizeIsASettingSweepChunkIsPartOfTheKey)
{
    CellResult a = timedCell(u"chunked"_s, 2, around(1000));
    a.chunkSize = 4;
    CellResult b = timedCell(u"chunked"_s, 2, around(2000));
    b.chunkSize = 4096;
    RunResult base = runWith({a});
    base.config.chunkSize = 4;
    RunResult next = runWith({b});
    next.config.chunkSize = 4096;
    Comparison c = compareResults(base, next, {});
    ASSERT_EQ(c.cells.size(), 1); // --chunk 4 vs --chunk 4096: the same cell, changed setting
    ASSERT_FALSE(c.warnings.isEmpty());
    EXPECT_TRUE(c.warnings.join(u"\n"_s).contains(u"chunk size 4 vs 4096"_s));
    base.config.chunkSweep = {4, 4096};
    next.config.chunkSweep = {4, 4096};
    c = compareResults(base, next, {});
    EXPECT_TRUE(c.cells.isEmpty()); // in a sweep, chunk 4 and chunk 4096 are different points
    EXPECT_EQ(c.onlyInBase.size(), 1);
    EXPECT_EQ(c.onlyInNew.size(), 1);
}

TEST(Comparer, MismatchesAreWarnings)
{
    RunResult base = runWith({timedCell(u"mapped"_s, 2, around(1000))});
    RunResult next = base;
    next.system.buildType = QStringLiteral("Debug");
    next.system.hostname = QStringLiteral("host-b");
    const Comparison c = compareResults(base, next, {});
    const QString all = c.warnings.join(u"\n"_s);
    EXPECT_TRUE(all.contains(u"build types differ: BASE is a Release build, NEW a Debug build"_s))
        << qPrintable(all);
    EXPECT_TRUE(all.contains(u"NEW is not an optimized build"_s)) << qPrintable(all);
    EXPECT_TRUE(all.contains(u"machines differ"_s)) << qPrintable(all);
    EXPECT_EQ(c.cells.size(), 1); // allowed, only flagged
}

TEST(Comparer, NoCommonCellsHasAReason)
{
    const RunResult base = runWith({timedCell(u"mapped"_s, 2, around(1000))}, u"primes"_s);
    const RunResult next = runWith({timedCell(u"mapped"_s, 2, around(1000))}, u"fine"_s);
    const Comparison c = compareResults(base, next, {}, u"a"_s, u"b"_s);
    EXPECT_TRUE(c.cells.isEmpty());
    EXPECT_EQ(noCommonCellsReason(c, base, next),
              u"the workloads differ (primes vs fine), so no cell matches"_s);
    EXPECT_TRUE(
        c.warnings.join(u"\n"_s).contains(u"workloads differ: BASE measured primes, NEW fine"_s));
    const Comparison same = compareResults(base, base, {});
    EXPECT_TRUE(noCommonCellsReason(same, base, base).isEmpty());
}
