#include "core/run/runsession.h"

#include "core/model/units.h"
#include "core/run/adaptive.h"
#include "core/run/autochunk.h"
#include "core/run/cellerror.h"
#include "core/run/memoryestimate.h"
#include "core/run/plugins.h"
#include "core/run/registry.h"
#include "core/stats/analysis.h"
#include "core/stats/statistics.h"
#include "core/stats/warnings.h"
#include "core/sys/memlimits.h"
#include "core/sys/procstats.h"
#include "core/sys/sysinfo.h"

#include <QThread>
#include <QUnhandledException>

#include <algorithm>
#include <exception>
#include <new>

namespace pb {
namespace {

int plannedRuns(const RunConfig &c)
{
    return c.warmupRuns + c.reps.repetitions;
}

} // namespace

RunSession::RunSession(const RunConfig &config, CancelToken &cancel, const Runner::Callbacks &cb)
    : m_config(config), m_cancel(cancel), m_cb(cb)
{
}

RunResult RunSession::run()
{
    m_clock.start();
    m_result.config = m_config;
    try {
        measureAll();
    } catch (const std::bad_alloc &e) {
        // Generating the input or allocating the output, most likely: the cells measured so
        // far stay, the run is marked failed instead of terminating.
        m_result.status = RunStatus::Failed;
        m_result.error = QStringLiteral("out of memory while preparing %1 items (%2)")
                             .arg(m_config.size)
                             .arg(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        m_result.status = RunStatus::Failed;
        m_result.error = QStringLiteral("engine error: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    m_pool.reset();
    analyzeResult(m_result, m_runnerWarnings, int(m_result.cells.size()));
    return m_result;
}

void RunSession::measureAll()
{
    m_result.system = collectSystemInfo();
    const Workload *workload = findWorkload(m_config.workload);
    m_result.workloadName = workload->displayName();
    QString error;
    m_result.plugin = workloadPlugin(workload->id());
    m_data = prepareData(*workload, &error);
    if (!m_data) {
        m_result.status = m_cancel.isCanceled() ? RunStatus::Canceled : RunStatus::Failed;
        m_result.error = error;
        return;
    }
    m_result.inputBytes = m_data->inputBytes();
    m_result.outputBytes = m_data->outputBytes();
    m_plan = planCells(m_config);
    for (m_cellIndex = 0; m_cellIndex < m_plan.size(); ++m_cellIndex) {
        const CellPlan &plan = m_plan[m_cellIndex];
        if (plan.strategy->needsReduction() && !workload->hasReduction()) {
            m_runnerWarnings.append({QStringLiteral("skipped"),
                                     QStringLiteral("%1 skipped: %2 has no natural reduction")
                                         .arg(plan.strategy->id(), workload->id()),
                                     QStringLiteral("use mapreduce with primes, mandelbrot, "
                                                    "montecarlo, fine or spin"),
                                     plan.strategy->id(), plan.workers});
            continue;
        }
        CellResult cell;
        const Outcome outcome = measureCellSafely(plan, cell);
        if (!recordCell(outcome, std::move(cell)))
            return;
        if (m_cellIndex == 0)
            m_result.autoChunkSize =
                resolveChunk({nullptr, m_config.workers.constFirst(), 0, m_config.size});
    }
}

RunSession::Outcome RunSession::measureCellSafely(const CellPlan &plan, CellResult &cell)
{
    // Kernel exceptions are caught around each run (runOnce); what arrives here came from
    // ParaBench's own code around them (pools, verification, bookkeeping).
    try {
        return measureCell(plan, cell);
    } catch (const std::bad_alloc &e) {
        cell.errorKind = CellErrorKind::OutOfMemory;
        cell.error = QStringLiteral("out of memory while measuring the cell (%1)")
                         .arg(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        cell.errorKind = CellErrorKind::Engine;
        cell.error = QStringLiteral("engine error: %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        cell.errorKind = CellErrorKind::Engine;
        cell.error = QStringLiteral("engine error: unknown exception");
    }
    return Outcome::Error;
}

bool RunSession::recordCell(Outcome outcome, CellResult cell)
{
    switch (outcome) {
    case Outcome::Ok:
        finishCell(std::move(cell));
        return true;
    case Outcome::Canceled:
        // What was measured of the interrupted cell is reported, marked as such.
        if (!cell.samplesNs.isEmpty()) {
            cell.errorKind = CellErrorKind::Canceled;
            cell.error = QStringLiteral("canceled after %1 of %2%3 timed repetitions")
                             .arg(cell.samplesNs.size())
                             .arg(m_config.reps.adaptive ? QStringLiteral("at least ") : QString())
                             .arg(m_config.reps.repetitions);
            finishCell(std::move(cell));
        }
        m_result.status = RunStatus::Canceled;
        return false;
    case Outcome::Fatal:
        m_result.status = RunStatus::Failed;
        m_result.error = cell.error;
        finishCell(std::move(cell)); // kept with its kind
        return false;
    case Outcome::Error:
        break;
    }
    finishCell(std::move(cell));
    if (m_cellIndex != 0)
        return true;
    m_result.status = RunStatus::Failed;
    m_result.error =
        QStringLiteral("serial baseline failed: %1").arg(m_result.cells.constLast().error);
    return false;
}

std::unique_ptr<WorkloadData> RunSession::prepareData(const Workload &workload, QString *error)
{
    const std::optional<QVariantMap> params =
        resolveParams(workload.id(), workload.parameters(), m_config.params, error);
    if (!params)
        return nullptr;
    PrepareRequest request;
    request.size = m_config.size;
    request.params = *params;
    request.cancel = &m_cancel;
    // Input is generated in parallel blocks, the cancel token polled between them. This thread
    // takes part, so the pool has one thread less than the machine.
    QThreadPool generators;
    generators.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    request.pool = &generators;
    try {
        auto data = workload.prepare(request, error);
        // Parameters were checked already: any other failure is the workload's own.
        m_result.workloadFault = !data && !m_cancel.isCanceled();
        if (data && data->size() != m_config.size) {
            *error = QStringLiteral("%1: prepare() made %2 items for a size of %3")
                         .arg(workload.id())
                         .arg(data->size())
                         .arg(m_config.size);
            m_result.workloadFault = true;
            return nullptr;
        }
        return data;
    } catch (const std::bad_alloc &) {
        *error = QStringLiteral("out of memory while generating the input: %1 items need about "
                                "%2")
                     .arg(m_config.size)
                     .arg(formatBytes(workload.bytesPerItem() * double(m_config.size)));
        return nullptr;
    }
}

QThreadPool *RunSession::poolFor(int workers, QString *error)
{
    if (!m_pool || m_pool->workers() != workers) {
        m_pool.reset(); // join the old threads before starting new ones
        m_pool = std::make_unique<WorkerPool>(workers);
    }
    if (!m_pool->isReady()) {
        *error = m_pool->error();
        return nullptr;
    }
    return m_pool->pool();
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

qint64 RunSession::resolveChunk(const CellPlan &plan) const
{
    if (plan.chunkSize > 0)
        return plan.chunkSize;
    if (m_config.chunkSize > 0)
        return m_config.chunkSize;
    return autoChunkSize(serialNsPerItem(), plan.size, plan.workers);
}

double RunSession::serialNsPerItem() const
{
    // The baseline's statistics are computed when its cell finishes.
    const CellResult *base = m_result.baseline();
    return base && base->stats.n > 0 ? base->stats.medianNs / double(m_config.size) : 0;
}

RunSession::Outcome RunSession::measureCell(const CellPlan &plan, CellResult &cell)
{
    cell.strategy = plan.strategy->id();
    cell.workers = plan.workers;
    cell.size = plan.size;
    StrategyContext ctx;
    ctx.workers = plan.workers;
    ctx.cancel = &m_cancel;
    ctx.nsPerItem = serialNsPerItem();
    if (plan.strategy->id() != QLatin1String("serial")) {
        if (const QString why = memoryProblem(plan); !why.isEmpty()) {
            cell.errorKind = CellErrorKind::OutOfMemory;
            cell.error = QStringLiteral("not run: ") + why;
            return Outcome::Error;
        }
        ctx.pool = poolFor(plan.workers, &cell.error);
        if (!ctx.pool) {
            cell.errorKind = CellErrorKind::ThreadStart;
            return Outcome::Fatal;
        }
    }
    if (plan.strategy->usesChunks()) {
        ctx.chunkSize = resolveChunk(plan);
        cell.chunkSize = ctx.chunkSize;
    }
    m_runQueueWaits.clear();
    QElapsedTimer warm;
    warm.start();
    for (int i = 0; i < m_config.warmupRuns || warm.nsecsElapsed() < m_config.warmupSec * 1e9;
         ++i) {
        reportProgress(plan, 0, true);
        if (const Outcome o = runOnce(plan, ctx, cell, false); o != Outcome::Ok)
            return o;
    }
    QElapsedTimer timed;
    timed.start();
    for (;;) {
        reportProgress(plan, int(cell.samplesNs.size()), false);
        if (const Outcome o = runOnce(plan, ctx, cell, true); o != Outcome::Ok)
            return o;
        if (nextStep(m_config.reps, cell.samplesNs, timed.nsecsElapsed() / 1e9) !=
            StopReason::NeedMore)
            break;
    }
    if (!m_runQueueWaits.isEmpty())
        cell.runQueueWaitNs = stats::median(stats::toDoubles(m_runQueueWaits));
    cell.verified = m_config.verify;
    return Outcome::Ok;
}

RunSession::Outcome RunSession::runOnce(const CellPlan &plan, const StrategyContext &ctx,
                                        CellResult &cell, bool timed)
{
    if (m_cancel.isCanceled())
        return Outcome::Canceled;
    m_data->resetOutput();
    const bool peakReset = proc::resetPeakRss();
    const qint64 rssBefore = proc::currentRssBytes();
    const qint64 waitBefore = proc::runQueueWaitNs();
    qint64 ns = 0;
    bool done = false;
    try {
        done = plan.strategy->run(*m_data, ctx, &ns);
    } catch (const QUnhandledException &e) {
        setKernelError(cell, e.exception());
    } catch (...) { // std::bad_alloc, std::exception, or anything a kernel may throw
        setKernelError(cell, std::current_exception());
    }
    if (!cell.error.isEmpty())
        return Outcome::Error;
    if (!done)
        return Outcome::Canceled;
    const qint64 waitAfter = proc::runQueueWaitNs();
    const qint64 peak = proc::peakRssBytes();
    if (const Outcome o = checkOutput(plan, cell); o != Outcome::Ok)
        return o;
    if (!timed) {
        cell.warmupNs.append(ns);
        return Outcome::Ok;
    }
    cell.samplesNs.append(ns);
    if (waitBefore >= 0 && waitAfter >= waitBefore)
        m_runQueueWaits.append(waitAfter - waitBefore);
    if (peakReset && peak >= 0 && rssBefore >= 0) {
        cell.peakExtraBytes = std::max(cell.peakExtraBytes, std::max<qint64>(0, peak - rssBefore));
        m_result.processPeakRssBytes = std::max(m_result.processPeakRssBytes, peak);
    }
    return Outcome::Ok;
}

RunSession::Outcome RunSession::checkOutput(const CellPlan &plan, CellResult &cell)
{
    if (!m_data->hasReference()) {
        const qint64 out = m_data->outputBytes();
        if (const QString why = checkCellMemory({out, out,
                                                 QStringLiteral("keeping the serial output as the "
                                                                "reference"),
                                                 plan.strategy->id()},
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
        const VerifyResult v = plan.strategy->verify(*m_data);
        if (!v.ok) {
            cell.errorKind = CellErrorKind::Verification;
            cell.error = v.message;
            return Outcome::Error;
        }
    }
    return Outcome::Ok;
}

void RunSession::finishCell(CellResult cell)
{
    m_result.cells.append(std::move(cell));
    // Earlier cells' statistics and warnings do not change (the baseline is the first cell):
    // only the new one is analysed, so a sweep of thousands of cells stays linear.
    const qsizetype index = m_result.cells.size() - 1;
    analyzeCell(m_result, index);
    m_cellWarnings.append(cellWarnings(m_result.cells[index], m_result.system));
    if (!m_cb.cellFinished)
        return;
    fitStrategies(m_result);
    m_result.warnings = m_runnerWarnings + runWarnings(m_result.system) + m_cellWarnings;
    m_cb.cellFinished(m_result);
}

double RunSession::cellWeight(int index) const
{
    const int cores = std::max(1, QThread::idealThreadCount());
    const int parallel = std::clamp(m_plan[index].workers, 1, cores);
    return double(plannedRuns(m_config)) / parallel;
}

void RunSession::reportProgress(const CellPlan &plan, int repetitions, bool warmingUp)
{
    if (!m_cb.progress)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    // Throttle: a GUI needs no more than ~30 updates a second.
    if (m_lastProgressNs >= 0 && now - m_lastProgressNs < 30'000'000 && repetitions > 0)
        return;
    m_lastProgressNs = now;
    if (m_weightBefore.size() != m_plan.size() + 1) { // once per run: linear, not per call
        m_weightBefore = {0.0};
        for (int i = 0; i < m_plan.size(); ++i)
            m_weightBefore.append(m_weightBefore.constLast() + cellWeight(i));
    }
    const double total = m_weightBefore.constLast();
    double done = m_weightBefore[m_cellIndex];
    const int runsDone = repetitions + (warmingUp ? 0 : m_config.warmupRuns);
    done += cellWeight(m_cellIndex) * std::min(1.0, double(runsDone) / plannedRuns(m_config));
    Progress p;
    p.cellIndex = m_cellIndex;
    p.cellCount = int(m_plan.size());
    p.strategy = plan.strategy->id();
    p.workers = plan.workers;
    p.repetition = repetitions;
    p.repetitionsPlanned = m_config.reps.repetitions;
    p.warmingUp = warmingUp;
    p.fraction = total > 0 ? std::clamp(done / total, 0.0, 1.0) : 0;
    p.elapsedSec = now / 1e9;
    p.etaSec = p.fraction > 0.02 ? p.elapsedSec * (1 - p.fraction) / p.fraction : -1;
    m_cb.progress(p);
}

} // namespace pb
