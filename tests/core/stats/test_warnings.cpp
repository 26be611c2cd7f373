#include "core/stats/statistics.h"
#include "core/stats/warnings.h"

#include <gtest/gtest.h>

#include <optional>

using namespace pb;

namespace {

CellResult makeCell(const QString &strategy, int workers, const QList<qint64> &samples)
{
    CellResult c;
    c.strategy = strategy;
    c.workers = workers;
    c.samplesNs = samples;
    c.stats = stats::summarize(samples);
    c.verified = true;
    return c;
}

// ~2 ms per run, 0.5 % spread: nothing to complain about.
const QList<qint64> kSteady{2000000, 2005000, 1995000, 2002000, 1998000, 2001000, 1999000};

RunResult cleanRun()
{
    RunResult r;
    r.system.buildType = QStringLiteral("Release");
    r.system.sanitized = false;
    r.system.loadAverage1 = 0;
    r.system.logicalCores = 2;
    r.system.cpuGovernor = QStringLiteral("unknown");
    r.cells = {makeCell(QStringLiteral("serial"), 1, kSteady),
               makeCell(QStringLiteral("mapped"), 2, kSteady)};
    return r;
}

QStringList codes(const QList<Warning> &ws)
{
    QStringList out;
    for (const Warning &w : ws)
        out << w.code;
    return out;
}

// By value: callers pass temporaries.
std::optional<Warning> find(const QList<Warning> &ws, const QString &code)
{
    for (const Warning &w : ws)
        if (w.code == code)
            return w;
    return std::nullopt;
}

} // namespace

TEST(Warnings, CleanRunHasNone)
{
    EXPECT_EQ(codes(analyzeWarnings(cleanRun())), QStringList{});
}

TEST(Warnings, RelWithDebInfoIsNotDebug)
{
    RunResult r = cleanRun();
    r.system.buildType = QStringLiteral("RelWithDebInfo");
    r.system.cpuGovernor = QStringLiteral("performance");
    r.system.loadAverage1 = -1; // unknown: no load warning either
    EXPECT_TRUE(analyzeWarnings(r).isEmpty());
}

TEST(Warnings, BuildWarnings)
{
    RunResult r = cleanRun();
    r.system.buildType = QStringLiteral("Debug");
    r.system.sanitized = true;
    const QList<Warning> ws = analyzeWarnings(r);
    EXPECT_EQ(codes(ws),
              (QStringList{QStringLiteral("debug-build"), QStringLiteral("sanitizer-build")}));
    const std::optional<Warning> debug = find(ws, QStringLiteral("debug-build"));
    ASSERT_TRUE(debug.has_value());
    EXPECT_TRUE(debug->message.contains(QStringLiteral("Debug")));
    EXPECT_TRUE(debug->hint.contains(QStringLiteral("Release")));
    EXPECT_TRUE(debug->strategy.isEmpty());
}

TEST(Warnings, HighLoadUsesLoadPerCore)
{
    RunResult r = cleanRun();
    r.system.loadAverage1 = 0.4; // 0.2 per core on 2 cores: under 0.25
    EXPECT_FALSE(codes(analyzeWarnings(r)).contains(QStringLiteral("high-load")));
    r.system.loadAverage1 = 1.2; // 0.6 per core
    const QList<Warning> ws = analyzeWarnings(r);
    const std::optional<Warning> w = find(ws, QStringLiteral("high-load"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("1.20"))) << w->message.toStdString();
    EXPECT_TRUE(w->message.contains(QStringLiteral("0.60"))) << w->message.toStdString();
}

TEST(Warnings, HighLoadPrefersTheCpuBusyMeasurementOverTheLoadAverage)
{
    RunResult r = cleanRun();
    r.system.loadAverage1 = 4.0;      // our own previous run still in the 1-minute average...
    r.system.cpuBusyBeforeRun = 0.03; // ...but the CPUs were idle right before this one
    EXPECT_FALSE(codes(analyzeWarnings(r)).contains(QStringLiteral("high-load")));
    r.system.cpuBusyBeforeRun = 0.40;
    const QList<Warning> ws = analyzeWarnings(r);
    const std::optional<Warning> w = find(ws, QStringLiteral("high-load"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("40 %"))) << w->message.toStdString();
}

TEST(Warnings, GovernorOnlyWhenKnownAndNotPerformance)
{
    RunResult r = cleanRun();
    r.system.cpuGovernor = QString();
    EXPECT_TRUE(analyzeWarnings(r).isEmpty());
    r.system.cpuGovernor = QStringLiteral("powersave");
    const std::optional<Warning> w = find(analyzeWarnings(r), QStringLiteral("governor"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("powersave")));
}

TEST(Warnings, FirstRepetitionSlow)
{
    RunResult r = cleanRun();
    QList<qint64> s = kSteady;
    s[0] = 4000000; // 2x the median of the others (2.0 ms) > 1.5x
    r.cells[1] = makeCell(QStringLiteral("mapped"), 2, s);
    const QList<Warning> ws = analyzeWarnings(r);
    const std::optional<Warning> w = find(ws, QStringLiteral("first-rep-slow"));
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->strategy, QStringLiteral("mapped"));
    EXPECT_EQ(w->workers, 2);
    EXPECT_TRUE(w->message.startsWith(QStringLiteral("mapped, 2 workers:")));
    EXPECT_TRUE(w->message.contains(QStringLiteral("4.00 ms"))) << w->message.toStdString();
    // 1.4x is under the factor.
    s[0] = 2800000;
    r.cells[1] = makeCell(QStringLiteral("mapped"), 2, s);
    EXPECT_FALSE(codes(analyzeWarnings(r)).contains(QStringLiteral("first-rep-slow")));
}

TEST(Warnings, HighSpreadWithFigures)
{
    RunResult r = cleanRun();
    // python3 -c 'import statistics as s; v=[2,2.5,1.6,2.4,1.7,2.2];
    //   print(s.stdev(v)/s.mean(v))' -> 0.17756592186481138 (17.8 %)
    r.cells[1] = makeCell(QStringLiteral("mapped"), 2,
                          {2000000, 2500000, 1600000, 2400000, 1700000, 2200000});
    const std::optional<Warning> w = find(analyzeWarnings(r), QStringLiteral("high-spread"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("relative spread 17.8 % (stddev/mean)")))
        << w->message.toStdString();
    // n = 6 -> CI [min, max] = [1.6, 2.5] ms around median 2.1 ms: 0.9 / 2.1 = 42.9 %.
    EXPECT_TRUE(w->message.contains(QStringLiteral("CI 42.9 %"))) << w->message.toStdString();
    EXPECT_TRUE(w->hint.contains(QStringLiteral("--adaptive")));
    EXPECT_EQ(w->workers, 2);
}

TEST(Warnings, ShortRun)
{
    RunResult r = cleanRun();
    r.cells[1] = makeCell(QStringLiteral("mapped"), 2, {400000, 401000, 399000, 400000, 400500});
    const std::optional<Warning> w = find(analyzeWarnings(r), QStringLiteral("short-run"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("median 400 µs is below 1.00 ms")))
        << w->message.toStdString();
    EXPECT_TRUE(w->hint.contains(QStringLiteral("size")));
}

TEST(Warnings, RunQueueWait)
{
    RunResult r = cleanRun();
    r.cells[1].runQueueWaitNs = 50000; // 2.5 % of 2 ms: under 5 %
    EXPECT_TRUE(analyzeWarnings(r).isEmpty());
    r.cells[1].runQueueWaitNs = 200000; // 10 %
    const std::optional<Warning> w = find(analyzeWarnings(r), QStringLiteral("run-queue-wait"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("10.0 %"))) << w->message.toStdString();
}

TEST(Warnings, Oversubscribed)
{
    RunResult r = cleanRun();
    r.cells.append(makeCell(QStringLiteral("mapped"), 4, kSteady));
    const QList<Warning> ws = analyzeWarnings(r);
    EXPECT_EQ(codes(ws), QStringList{QStringLiteral("oversubscribed")});
    EXPECT_EQ(ws.first().workers, 4);
}

TEST(Warnings, VerificationFailed)
{
    RunResult r = cleanRun();
    r.cells[1].verified = false;
    r.cells[1].errorKind = CellErrorKind::Verification;
    r.cells[1].error = QStringLiteral("output differs from serial at index 17");
    const std::optional<Warning> w =
        find(analyzeWarnings(r), QStringLiteral("verification-failed"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("index 17")));
    EXPECT_EQ(w->strategy, QStringLiteral("mapped"));
    EXPECT_FALSE(find(analyzeWarnings(r), QStringLiteral("cell-failed")).has_value());
}

TEST(Warnings, OtherCellFailuresAreNotCalledVerification)
{
    RunResult r = cleanRun();
    r.cells[1].errorKind = CellErrorKind::OutOfMemory;
    r.cells[1].error = QStringLiteral("out of memory while running the kernel (std::bad_alloc)");
    const QList<Warning> ws = analyzeWarnings(r);
    EXPECT_FALSE(find(ws, QStringLiteral("verification-failed")).has_value());
    const std::optional<Warning> w = find(ws, QStringLiteral("cell-failed"));
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->message.contains(QStringLiteral("(out of memory)")));
    EXPECT_TRUE(w->hint.contains(QStringLiteral("lower the size")));
}

TEST(Warnings, ThresholdsAreHonoured)
{
    RunResult r = cleanRun();
    r.system.loadAverage1 = 0.4; // 0.2 per core
    WarningThresholds strict;
    strict.loadPerCore = 0.1;
    strict.shortRunNs = 5e6; // 2 ms cells now count as short
    const QStringList found = codes(analyzeWarnings(r, strict));
    EXPECT_TRUE(found.contains(QStringLiteral("high-load")));
    EXPECT_EQ(found.count(QStringLiteral("short-run")), 2);
}

TEST(Warnings, RunAndCellPartsMakeTheWhole)
{
    RunResult r = cleanRun();
    r.system.buildType = QStringLiteral("Debug");
    r.cells[1].samplesNs = {100, 900, 100, 100};
    r.cells[1].stats.medianNs = 100;
    QList<Warning> parts = runWarnings(r.system);
    for (const CellResult &c : r.cells)
        parts.append(cellWarnings(c, r.system));
    EXPECT_EQ(parts, analyzeWarnings(r));
    EXPECT_FALSE(parts.isEmpty());
}
