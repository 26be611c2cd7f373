// planCells: the cells a run measures, shared by the runner and the app's estimate.
#include "core/run/cellplan.h"
#include "core/run/registry.h"
#include "core/run/runner.h"
#include "runfixtures.h"

#include <gtest/gtest.h>

using namespace pb;
using pb::test::tinyConfig;

namespace {

/// "strategy/workers/chunk/size" per cell, space-separated.
QString describe(const QList<CellPlan> &plan)
{
    QStringList out;
    for (const CellPlan &c : plan)
        out << QStringLiteral("%1/%2/%3/%4")
                   .arg(c.strategy ? c.strategy->id() : QStringLiteral("?"))
                   .arg(c.workers)
                   .arg(c.chunkSize)
                   .arg(c.size);
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(CellPlan, SerialFirstThenStrategiesPerWorkerCount)
{
    const RunConfig c =
        tinyConfig(QStringLiteral("primes"), 500, {1, 2},
                   {QStringLiteral("mapped"), QStringLiteral("serial"), QStringLiteral("chunked")});
    EXPECT_EQ(describe(planCells(c)), QStringLiteral("serial/1/0/500 mapped/1/0/500 "
                                                     "chunked/1/0/500 mapped/2/0/500 "
                                                     "chunked/2/0/500"));
}

TEST(CellPlan, SweepRunsChunkedOncePerChunkSizeAtTheFirstWorkerCount)
{
    RunConfig c = tinyConfig(QStringLiteral("fine"), 5000, {2, 4},
                             {QStringLiteral("serial"), QStringLiteral("mapped")});
    c.chunkSweep = {1, 64, 4096};
    EXPECT_EQ(describe(planCells(c)), QStringLiteral("serial/1/0/5000 chunked/2/1/5000 "
                                                     "chunked/2/64/5000 chunked/2/4096/5000"));
    c.workers.clear(); // invalid, but the app asks while the user edits
    EXPECT_EQ(describe(planCells(c)), QStringLiteral("serial/1/0/5000"));
}

TEST(CellPlan, UnknownStrategiesAreLeftOut)
{
    const RunConfig c = tinyConfig(QStringLiteral("primes"), 10, {1},
                                   {QStringLiteral("serial"), QStringLiteral("nope")});
    EXPECT_EQ(describe(planCells(c)), QStringLiteral("serial/1/0/10"));
}

TEST(CellPlan, TheRunnerMeasuresExactlyThePlannedCells)
{
    RunConfig c = tinyConfig(
        QStringLiteral("primes"), 200, {1, 2},
        {QStringLiteral("serial"), QStringLiteral("chunked"), QStringLiteral("inplace")});
    int reportedCount = 0;
    Runner::Callbacks cb;
    cb.progress = [&](const Progress &p) { reportedCount = p.cellCount; };
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel, cb);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    const QList<CellPlan> plan = planCells(c);
    EXPECT_EQ(reportedCount, plan.size());
    ASSERT_EQ(r.cells.size(), plan.size());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        EXPECT_EQ(r.cells[i].strategy, plan[i].strategy->id());
        EXPECT_EQ(r.cells[i].workers, plan[i].workers);
        EXPECT_EQ(r.cells[i].size, plan[i].size);
        // CPU time per timed run, steal per run (0 on bare metal; /proc/stat is readable here).
        EXPECT_EQ(r.cells[i].cpuNs.size(), r.cells[i].samplesNs.size());
        for (qint64 cpu : r.cells[i].cpuNs)
            EXPECT_GE(cpu, 0);
        EXPECT_GE(r.cells[i].stealNs, 0.0);
    }
}
