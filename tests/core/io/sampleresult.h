#pragma once

// A RunResult with every field set to a non-default value, shared by the result I/O tests.
// makeFullResult's statistics are made up (writers print whatever they get);
// makeConsistentResult's are computed from the samples, as the reader recomputes them.

#include "core/model/result.h"
#include "core/stats/analysis.h"

namespace pb::testdata {

inline CellResult makeCell(const QString &strategy, int workers, qint64 base)
{
    CellResult c;
    c.strategy = strategy;
    c.workers = workers;
    c.size = 123457; // makeSweepResult has cells of several sizes
    c.chunkSize = strategy == QLatin1String("chunked") ? 512 : 0;
    c.warmupNs = {base * 2 + 7};
    c.samplesNs = {base + 3, base + 1, base + 11, base + 2, (qint64(1) << 53) - workers};
    c.cpuNs = {2 * base + 5, 2 * base + 1, 2 * base, 2 * base + 9, qint64(1) << 52};
    c.stats.n = int(c.samplesNs.size());
    c.stats.minNs = double(base + 1);
    c.stats.maxNs = double((qint64(1) << 53) - workers);
    c.stats.medianNs = double(base) + 3.5;
    c.stats.meanNs = double(base) / 3.0;
    c.stats.stddevNs = 0.1 + workers;
    c.stats.medianCiLowNs = double(base) + 0.25;
    c.stats.medianCiHighNs = double(base) + 9.75;
    c.stats.relCiWidth = 1.0 / 7.0;
    c.stats.outlierIndices = {4};
    c.stats.speedup = 1.0 + workers / 3.0;
    c.stats.speedupCiLow = 0.9 + workers / 3.0;
    c.stats.speedupCiHigh = 1.1 + workers / 3.0;
    c.stats.efficiency = c.stats.speedup / workers;
    if (workers > 1)
        c.stats.karpFlatt = 0.0123456789012345;
    c.verified = workers > 1;
    c.peakExtraBytes = 4096 * workers;
    c.runQueueWaitNs = 1234.5 * workers;
    c.stealNs = 12.25 * workers;
    c.stats.cpuUtilisation = 0.5 + workers / 10.0;
    return c;
}

inline RunResult makeFullResult()
{
    RunResult r;
    r.config.workload = QStringLiteral("spin");
    r.config.size = 123457;
    r.config.workers = {1, 2, 4};
    r.config.strategies = {QStringLiteral("serial"), QStringLiteral("mapped"),
                           QStringLiteral("chunked")};
    r.config.warmupRuns = 3;
    r.config.warmupSec = 0.75;
    r.config.reps = {7, true, 0.015, 33, 4.5};
    r.config.chunkSize = 256;
    r.config.chunkSweep = {64, 512, 4096};
    r.config.params = {{QStringLiteral("us_per_item"), 2.5},
                       {QStringLiteral("label"), QStringLiteral("hello, \"world\"")}};
    r.config.verify = false;
    r.config.sizes = {1000, 123457};
    r.config.order = RepetitionOrder::Sequential;
    r.config.warmupEachRep = true;
    r.config.seed = (quint64(1) << 53) - 1;

    r.system.cpuModel = QStringLiteral("Test CPU @ 3.00GHz");
    r.system.logicalCores = 12;
    r.system.qtVersion = QStringLiteral("6.4.2");
    r.system.compiler = QStringLiteral("GCC 12.2.0");
    r.system.buildType = QStringLiteral("RelWithDebInfo");
    r.system.sanitized = true;
    r.system.parabenchVersion = QStringLiteral("0.1.0");
    r.system.hostname = QStringLiteral("bench-host");
    r.system.os = QStringLiteral("Debian GNU/Linux 12 (linux 6.1)");
    r.system.cpuGovernor = QStringLiteral("performance");
    r.system.loadAverage1 = 0.37;
    r.system.cpuBusyBeforeRun = 0.125;
    r.system.totalMemoryBytes = 16LL * 1024 * 1024 * 1024 + 5;
    r.system.availableMemoryBytes = 9LL * 1024 * 1024 * 1024 + 3;
    r.system.date = QDateTime(QDate(2024, 5, 1), QTime(12, 34, 56, 789), Qt::UTC);

    r.status = RunStatus::Failed;
    r.error = QStringLiteral("mapped, 4 workers: output differs");
    r.workloadName = QStringLiteral("Spin (busy wait)");
    r.inputBytes = 987654;
    r.outputBytes = 123456;
    r.cells = {makeCell(QStringLiteral("serial"), 1, 1000000),
               makeCell(QStringLiteral("mapped"), 2, 600000),
               makeCell(QStringLiteral("mapped"), 4, 400000),
               makeCell(QStringLiteral("chunked"), 2, 550000)};
    r.cells[2].error = QStringLiteral("item 7: expected 1, got 2, see \"log\"\nsecond line");
    r.cells[2].errorKind = CellErrorKind::Verification;
    r.fits = {{QStringLiteral("mapped"), 0.031, 0.998, 2, 123457, true, true},
              {QStringLiteral("chunked"), 0.25, -0.5, 1, 1000, true, false}};
    r.breakEvens = {{QStringLiteral("mapped"), 2, BreakEvenKind::Interpolated, 4137.5, 1000, 10000},
                    {QStringLiteral("chunked"), 2, BreakEvenKind::AtSmallest, 1000, 0, 0}};
    r.costModels = {{QStringLiteral("serial"), 1, 1234.5, 16.4, 0.9981, 3, false},
                    {QStringLiteral("mapped"), 2, 0, 22.5, -0.25, 4, true}};
    r.warnings = {{QStringLiteral("high-load"), QStringLiteral("load 1.5 on 2 cores"),
                   QStringLiteral("close other programs"), QString(), 0, 0},
                  {QStringLiteral("wide-ci"), QStringLiteral("CI is 9% of the median"),
                   QStringLiteral("use --adaptive"), QStringLiteral("mapped"), 4, 123461}};
    r.processPeakRssBytes = 55555555;
    r.autoChunkSize = 6250;
    return r;
}

/// A size sweep for the writers: serial, mapped and chunked at 2 workers at 1 000 and 123 457
/// items, with made-up fits, break-even sizes and cost models.
inline RunResult makeSweepResult()
{
    RunResult r = makeFullResult();
    r.config.chunkSweep.clear();
    r.cells.clear();
    for (qint64 size : {1000, 123457})
        for (const auto &[s, w, base] :
             {std::tuple{"serial", 1, 1000000}, std::tuple{"mapped", 2, 600000},
              std::tuple{"chunked", 2, 550000}}) {
            CellResult c = makeCell(QLatin1String(s), w, base);
            c.size = size;
            r.cells.append(c);
        }
    r.fits = {{QStringLiteral("mapped"), 0.031, 0.998, 3, 123457, true, false},
              {QStringLiteral("chunked"), 0.25, -0.5, 2, 1000, false, false}};
    return r;
}

/// makeFullResult with the statistics and fits its samples give.
inline RunResult makeConsistentResult()
{
    RunResult r = makeFullResult();
    analyzeCells(r);
    return r;
}

} // namespace pb::testdata
