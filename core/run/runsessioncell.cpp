// RunSession: one cell's steps — set-up, warm-up, timed runs, verification.
#include "core/run/runsession.h"

#include "core/model/units.h"
#include "core/run/adaptive.h"
#include "core/run/autochunk.h"
#include "core/run/cellerror.h"
#include "core/run/memoryestimate.h"
#include "core/run/runprobe.h"
#include "core/stats/statistics.h"
#include "core/sys/memlimits.h"

#include <QUnhandledException>

#include <algorithm>
#include <exception>
#include <new>

namespace pb {

namespace {

bool isSerial(const CellPlan &p)
{
    return p.strategy->id() == QLatin1String("serial");
}

int plannedRuns(const RunConfig &c)
{
    return c.warmupRuns + c.reps.repetitions;
}

} // namespace

RunSession::Outcome RunSession::guarded(CellState &s, const std::function<Outcome()> &step)
{
    // Kernel exceptions are caught around each run (runOnce); what arrives here came from
    // ParaBench's own code around them (pools, verification, bookkeeping).
    try {
        return step();
    } catch (const std::bad_alloc &e) {
        s.cell.errorKind = CellErrorKind::OutOfMemory;
        s.cell.error = QStringLiteral("out of memory while measuring the cell (%1)")
                           .arg(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        s.cell.errorKind = CellErrorKind::Engine;
        s.cell.error = QStringLiteral("engine error: %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        s.cell.errorKind = CellErrorKind::Engine;
        s.cell.error = QStringLiteral("engine error: unknown exception");
    }
    s.done = true;
    return Outcome::Error;
}

RunSession::Outcome RunSession::setUpCell(CellState &s)
{
    StrategyContext &ctx = s.ctx;
    ctx.workers = s.plan.workers;
    ctx.cancel = &m_cancel;
    ctx.nsPerItem = m_nsPerItem;
    if (!isSerial(s.plan)) {
        if (const QString why = memoryProblem(s.plan); !why.isEmpty()) {
            s.cell.errorKind = CellErrorKind::OutOfMemory;
            s.cell.error = QStringLiteral("not run: ") + why;
            s.done = true;
            return Outcome::Error;
        }
        ctx.pool = m_pools.poolFor(s.plan.workers, &s.cell.error);
        if (!ctx.pool) {
            s.cell.errorKind = CellErrorKind::ThreadStart;
            return Outcome::Fatal;
        }
    }
    if (s.plan.strategy->usesChunks()) {
        ctx.chunkSize = resolveChunk(s.plan);
        s.cell.chunkSize = ctx.chunkSize;
    }
    return Outcome::Ok;
}

RunSession::Outcome RunSession::warmUp(CellState &s, int minimumRuns)
{
    QElapsedTimer warm;
    warm.start();
    const int runs = std::max(m_config.warmupRuns, minimumRuns);
    for (int i = 0; i < runs || warm.nsecsElapsed() < m_config.warmupSec * 1e9; ++i) {
        reportProgress(s, true);
        if (const Outcome o = runOnce(s, false); o != Outcome::Ok) {
            s.done = true;
            return o;
        }
    }
    return Outcome::Ok;
}

RunSession::Outcome RunSession::timedRun(CellState &s)
{
    reportProgress(s, false);
    QElapsedTimer spent;
    spent.start();
    // Interleaved: the previous run was another cell's; this restores the cell's own cache
    // state (as in sequential order) at the price of a second run.
    Outcome o = Outcome::Ok;
    if (m_config.warmupEachRep && m_config.order == RepetitionOrder::Interleaved)
        o = runOnce(s, false);
    if (o == Outcome::Ok)
        o = runOnce(s, true);
    s.timedNs += spent.nsecsElapsed();
    if (o != Outcome::Ok) {
        s.done = true;
        return o;
    }
    s.complete =
        nextStep(m_config.reps, s.cell.samplesNs, double(s.timedNs) / 1e9) != StopReason::NeedMore;
    s.done = s.complete;
    return Outcome::Ok;
}

qint64 RunSession::resolveChunk(const CellPlan &plan) const
{
    if (plan.chunkSize > 0)
        return plan.chunkSize;
    if (m_config.chunkSize > 0)
        return m_config.chunkSize;
    return autoChunkSize(m_nsPerItem, plan.size, plan.workers);
}

QString RunSession::memoryProblem(const CellPlan &plan) const
{
    const StrategyMemory need =
        strategyMemory(plan.strategy->id(), plan.size, m_data->outputBytes(),
                       plan.strategy->usesChunks() ? resolveChunk(plan) : 0);
    if (need.addressSpace <= 0)
        return {};
    return checkCellMemory(need, proc::residentRoom(), proc::addressSpaceRoom());
}

RunSession::Outcome RunSession::runOnce(CellState &s, bool timed)
{
    if (m_cancel.isCanceled())
        return Outcome::Canceled;
    CellResult &cell = s.cell;
    m_data->resetOutput();
    RunProbe probe;
    probe.start();
    qint64 ns = 0;
    bool done = false;
    try {
        done = s.plan.strategy->run(*m_data, s.ctx, &ns);
    } catch (const QUnhandledException &e) {
        setKernelError(cell, e.exception());
    } catch (...) { // std::bad_alloc, std::exception, or anything a kernel may throw
        setKernelError(cell, std::current_exception());
    }
    if (!cell.error.isEmpty())
        return Outcome::Error;
    if (!done)
        return Outcome::Canceled;
    const RunReadings r = probe.finish(ns);
    if (++m_runsDone[s.index] <= plannedRuns(m_config))
        m_doneWeight += cellWeight(s.index) / plannedRuns(m_config);
    if (const Outcome o = checkOutput(s); o != Outcome::Ok)
        return o;
    if (!timed) {
        cell.warmupNs.append(ns);
        return Outcome::Ok;
    }
    cell.samplesNs.append(ns);
    s.cpuKnown = s.cpuKnown && r.cpuNs >= 0;
    cell.cpuNs.append(r.cpuNs);
    s.stealKnown = s.stealKnown && r.stealNs >= 0;
    s.stealSum += std::max<qint64>(0, r.stealNs);
    ++s.stealRuns;
    if (r.runQueueWaitNs >= 0)
        s.runQueueWaits.append(r.runQueueWaitNs);
    if (r.peakRssBytes >= 0 && r.rssBeforeBytes >= 0) {
        cell.peakExtraBytes =
            std::max(cell.peakExtraBytes, std::max<qint64>(0, r.peakRssBytes - r.rssBeforeBytes));
        m_result.processPeakRssBytes = std::max(m_result.processPeakRssBytes, r.peakRssBytes);
    }
    return Outcome::Ok;
}

RunSession::Outcome RunSession::checkOutput(CellState &s)
{
    CellResult &cell = s.cell;
    if (!m_data->hasReference()) {
        const qint64 out = m_data->outputBytes();
        if (const QString why = checkCellMemory(
                {out, out, QStringLiteral("keeping the serial output as the reference"),
                 s.plan.strategy->id()},
                proc::residentRoom(), proc::addressSpaceRoom());
            !why.isEmpty()) {
            cell.errorKind = CellErrorKind::OutOfMemory;
            cell.error = QStringLiteral("out of memory: ") + why;
            return Outcome::Error;
        }
        try {
            m_data->keepAsReference();
        } catch (const std::bad_alloc &) {
            cell.errorKind = CellErrorKind::OutOfMemory;
            cell.error = QStringLiteral("out of memory while keeping the serial output (%1) as "
                                        "the reference")
                             .arg(formatBytes(double(m_data->outputBytes())));
            return Outcome::Error;
        }
    } else if (m_config.verify) {
        const VerifyResult v = s.plan.strategy->verify(*m_data);
        if (!v.ok) {
            cell.errorKind = CellErrorKind::Verification;
            cell.error = v.message;
            return Outcome::Error;
        }
    }
    return Outcome::Ok;
}

void RunSession::finalizeCell(CellState &s) const
{
    CellResult &cell = s.cell;
    if (!s.runQueueWaits.isEmpty())
        cell.runQueueWaitNs = stats::median(stats::toDoubles(s.runQueueWaits));
    if (!s.cpuKnown)
        cell.cpuNs.clear();
    cell.stealNs = s.stealKnown && s.stealRuns > 0 ? double(s.stealSum) / s.stealRuns : -1;
    cell.verified = m_config.verify && cell.error.isEmpty();
}

} // namespace pb
