// Impossible speedups, idle workers and VM steal are flagged.
#include "core/stats/analysis.h"
#include "core/stats/statistics.h"
#include "core/stats/warnings.h"

#include <gtest/gtest.h>

using namespace pb;

namespace {

QList<qint64> around(qint64 ns)
{
    return {ns, ns + ns / 200, ns - ns / 200, ns + ns / 100, ns - ns / 100, ns + ns / 300};
}

CellResult cell(const char *strategy, int workers, qint64 ns)
{
    CellResult c;
    c.strategy = QLatin1String(strategy);
    c.workers = workers;
    c.size = 1000;
    c.samplesNs = around(ns);
    c.verified = true;
    return c;
}

/// serial 10 ms, chunked with `workers` at serial / speedup, on 2 cores; analysed.
RunResult run(double speedup, int workers = 2)
{
    RunResult r;
    r.system.buildType = QStringLiteral("Release");
    r.system.logicalCores = 2;
    r.cells = {cell("serial", 1, 10'000'000),
               cell("chunked", workers, qint64(10'000'000 / speedup))};
    analyzeResult(r);
    return r;
}

const Warning *find(const RunResult &r, const char *code)
{
    for (const Warning &w : r.warnings)
        if (w.code == QLatin1String(code))
            return &w;
    return nullptr;
}

} // namespace

TEST(Plausibility, SpeedupAboveTheCoresIsImpossible)
{
    const RunResult r = run(2.14);
    ASSERT_GT(r.cells[1].stats.speedupCiLow, 2.0);
    const Warning *w = find(r, "impossible-speedup");
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->message.contains(QStringLiteral("lies entirely above 2")));
    EXPECT_TRUE(w->hint.contains(QStringLiteral("turbo")));
    EXPECT_TRUE(w->hint.contains(QStringLiteral("cache")));
    EXPECT_TRUE(w->hint.contains(QStringLiteral("--order interleaved")));
    // Below the limit: no warning. 4 workers on 2 cores cannot beat 2 either.
    EXPECT_EQ(find(run(1.9), "impossible-speedup"), nullptr);
    EXPECT_EQ(find(run(1.9, 4), "impossible-speedup"), nullptr);
    EXPECT_NE(find(run(2.3, 4), "impossible-speedup"), nullptr);
}

TEST(Plausibility, IdleWorkersAreFlaggedWithAHint)
{
    RunResult r = run(1.2);
    CellResult &c = r.cells[1];
    for (qint64 wall : c.samplesNs)
        c.cpuNs.append(wall * 2 * 55 / 100); // 55 % of 2 CPUs
    analyzeResult(r);
    EXPECT_NEAR(c.stats.cpuUtilisation, 0.55, 1e-6);
    const Warning *w = find(r, "low-cpu-utilisation");
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->message.contains(QStringLiteral("55.0 %"))) << w->message.toStdString();
    EXPECT_TRUE(w->hint.contains(QStringLiteral("load imbalance")));
    // Busy workers, or one worker: no warning.
    c.cpuNs.clear();
    for (qint64 wall : c.samplesNs)
        c.cpuNs.append(wall * 2 * 95 / 100);
    analyzeResult(r);
    EXPECT_EQ(find(r, "low-cpu-utilisation"), nullptr);
    RunResult serialOnly = run(1.0, 1);
    for (CellResult &x : serialOnly.cells)
        for (qint64 wall : x.samplesNs)
            x.cpuNs.append(wall / 2);
    analyzeResult(serialOnly);
    EXPECT_EQ(find(serialOnly, "low-cpu-utilisation"), nullptr);
}

TEST(Plausibility, StealAboveTheThresholdWithEnoughTicks)
{
    RunResult r = run(1.8);
    CellResult &c = r.cells[1];              // ~5.6 ms per run on 2 CPUs
    c.stealNs = 0.05 * c.stats.medianNs * 2; // 5 % ...
    analyzeResult(r);
    // ... but 6 runs × 0.56 ms is 3.3 ms: less than one 10 ms tick, so no signal.
    EXPECT_EQ(find(r, "steal"), nullptr);
    c.samplesNs = QList<qint64>(100, 5'600'000);
    c.stealNs = 0.05 * 5'600'000 * 2; // 100 runs: 56 ms of steal, 5.6 ticks
    analyzeResult(r);
    const Warning *w = find(r, "steal");
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->message.contains(QStringLiteral("5.0 %"))) << w->message.toStdString();
    c.stealNs = 0.01 * 5'600'000 * 2; // 1 %: below the 2 % threshold
    analyzeResult(r);
    EXPECT_EQ(find(r, "steal"), nullptr);
}
