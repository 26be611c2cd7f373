#include "core/run/runsession.h"

#include "core/model/units.h"
#include "core/run/plugins.h"
#include "core/run/registry.h"
#include "core/stats/analysis.h"
#include "core/stats/warnings.h"
#include "core/sys/sysinfo.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <exception>
#include <new>

namespace pb {
namespace {

int plannedRuns(const RunConfig &c)
{
    return c.warmupRuns + c.reps.repetitions;
}

bool isSerial(const CellPlan &p)
{
    return p.strategy->id() == QLatin1String("serial");
}

/// A seed that fits JSON's exact integers (53 bits) and is never 0 ("pick one").
quint64 freshSeed()
{
    return (QRandomGenerator::system()->generate64() & ((quint64(1) << 53) - 1)) | 1;
}

} // namespace

RunSession::RunSession(const RunConfig &config, CancelToken &cancel, const Runner::Callbacks &cb)
    : m_config(config), m_cancel(cancel), m_cb(cb)
{
    if (m_config.order == RepetitionOrder::Interleaved && m_config.seed == 0)
        m_config.seed = freshSeed();
    m_rng.seed(m_config.seed);
}

RunResult RunSession::run()
{
    m_clock.start();
    m_result.config = m_config; // with the seed actually used
    try {
        measureAll();
    } catch (const std::bad_alloc &e) {
        // Generating the input or allocating the output, most likely: the cells measured so
        // far stay, the run is marked failed instead of terminating.
        m_result.status = RunStatus::Failed;
        m_result.error = QStringLiteral("out of memory while preparing %1 items (%2)")
                             .arg(m_preparingSize)
                             .arg(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        m_result.status = RunStatus::Failed;
        m_result.error = QStringLiteral("engine error: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    m_data.reset();
    analyzeResult(m_result, m_runnerWarnings, int(m_result.cells.size()));
    return m_result;
}

void RunSession::measureAll()
{
    m_result.system = collectSystemInfo();
    m_workload = findWorkload(m_config.workload);
    m_result.workloadName = m_workload->displayName();
    m_result.plugin = workloadPlugin(m_workload->id());
    m_plan = planCells(m_config);
    m_runsDone = QList<int>(m_plan.size(), 0);
    for (int i = 0; i < m_plan.size(); ++i)
        m_totalWeight += cellWeight(i);
    // The planner lists one full set of cells per size, serial first.
    for (int first = 0; first < m_plan.size();) {
        int end = first + 1;
        while (end < m_plan.size() && m_plan[end].size == m_plan[first].size)
            ++end;
        if (!prepareSize(m_plan[first].size))
            return;
        QList<CellState> cells = cellsOfSize(first, end);
        if (!measureSize(cells))
            return;
        first = end;
    }
}

bool RunSession::prepareSize(qint64 size)
{
    m_data.reset(); // one size's input at a time
    m_nsPerItem = 0;
    m_preparingSize = size;
    QString error;
    m_data = prepareData(size, &error);
    if (!m_data) {
        m_result.status = m_cancel.isCanceled() ? RunStatus::Canceled : RunStatus::Failed;
        m_result.error = error;
        return false;
    }
    // The largest size's figures: the one that bounds the memory a run needs.
    m_result.inputBytes = std::max(m_result.inputBytes, m_data->inputBytes());
    m_result.outputBytes = std::max(m_result.outputBytes, m_data->outputBytes());
    return true;
}

std::unique_ptr<WorkloadData> RunSession::prepareData(qint64 size, QString *error)
{
    const Workload &workload = *m_workload;
    const std::optional<QVariantMap> params =
        resolveParams(workload.id(), workload.parameters(), m_config.params, error);
    if (!params)
        return nullptr;
    PrepareRequest request;
    request.size = size;
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
        if (data && data->size() != size) {
            *error = QStringLiteral("%1: prepare() made %2 items for a size of %3")
                         .arg(workload.id())
                         .arg(data->size())
                         .arg(size);
            m_result.workloadFault = true;
            return nullptr;
        }
        return data;
    } catch (const std::bad_alloc &) {
        *error = QStringLiteral("out of memory while generating the input: %1 items need about "
                                "%2")
                     .arg(size)
                     .arg(formatBytes(workload.bytesPerItem() * double(size)));
        return nullptr;
    }
}

QList<RunSession::CellState> RunSession::cellsOfSize(int first, int end)
{
    QList<CellState> cells;
    for (int i = first; i < end; ++i) {
        const CellPlan &plan = m_plan[i];
        if (plan.strategy->needsReduction() && !m_workload->hasReduction()) {
            addSkipWarning(plan);
            continue;
        }
        CellState s;
        s.index = i;
        s.plan = plan;
        s.cell.strategy = plan.strategy->id();
        s.cell.workers = plan.workers;
        s.cell.size = plan.size;
        cells.append(s);
    }
    return cells;
}

void RunSession::addSkipWarning(const CellPlan &plan)
{
    const QString code = QStringLiteral("skipped");
    for (const Warning &w : m_runnerWarnings)
        if (w.code == code && w.strategy == plan.strategy->id() && w.workers == plan.workers)
            return; // once, not once per size
    m_runnerWarnings.append({code,
                             QStringLiteral("%1 skipped: %2 has no natural reduction")
                                 .arg(plan.strategy->id(), m_workload->id()),
                             QStringLiteral("use mapreduce with primes, mandelbrot, "
                                            "montecarlo, fine or spin"),
                             plan.strategy->id(), plan.workers, 0});
}

bool RunSession::measureSize(QList<CellState> &cells)
{
    const Outcome o = m_config.order == RepetitionOrder::Interleaved ? measureInterleaved(cells)
                                                                     : measureSequential(cells);
    return o == Outcome::Ok;
}

RunSession::Outcome RunSession::measureSequential(QList<CellState> &cells)
{
    for (CellState &s : cells) {
        Outcome o = guarded(s, [&] { return setUpCell(s); });
        if (o == Outcome::Ok)
            o = guarded(s, [&] { return warmUp(s, 0); });
        while (o == Outcome::Ok && !s.done)
            o = guarded(s, [&] { return timedRun(s); });
        if (!recordCell(o, s))
            return o == Outcome::Canceled ? o : Outcome::Fatal;
        const CellResult &done = m_result.cells.constLast();
        if (isSerial(s.plan) && done.stats.n > 0)
            m_nsPerItem = done.stats.medianNs / double(s.plan.size);
        if (isSerial(s.plan) && m_result.autoChunkSize == 0)
            m_result.autoChunkSize =
                resolveChunk({nullptr, m_config.workers.constFirst(), 0, s.plan.size});
    }
    return Outcome::Ok;
}

bool RunSession::recordCell(Outcome outcome, CellState &s)
{
    QList<CellState> one{s};
    switch (outcome) {
    case Outcome::Ok:
        finishCells(one);
        return true;
    case Outcome::Canceled:
        if (!s.cell.samplesNs.isEmpty()) {
            markCanceled(one.first());
            finishCells(one);
        }
        m_result.status = RunStatus::Canceled;
        return false;
    case Outcome::Fatal:
        m_result.status = RunStatus::Failed;
        m_result.error = s.cell.error;
        finishCells(one); // kept with its kind
        return false;
    case Outcome::Error:
        break;
    }
    finishCells(one);
    if (!isSerial(s.plan))
        return true;
    m_result.status = RunStatus::Failed;
    m_result.error = QStringLiteral("serial baseline failed: %1").arg(s.cell.error);
    return false;
}

void RunSession::markCanceled(CellState &s) const
{
    // What was measured of the interrupted cell is reported, marked as such.
    s.cell.errorKind = CellErrorKind::Canceled;
    s.cell.error = QStringLiteral("canceled after %1 of %2%3 timed repetitions")
                       .arg(s.cell.samplesNs.size())
                       .arg(m_config.reps.adaptive ? QStringLiteral("at least ") : QString())
                       .arg(m_config.reps.repetitions);
}

void RunSession::finishCells(QList<CellState> &cells)
{
    // Earlier cells' statistics and warnings do not change (a size's baseline is its first
    // cell): only the new ones are analysed, so a sweep of thousands of cells stays linear.
    const bool sweep = !m_config.sizes.isEmpty();
    for (CellState &s : cells) {
        finalizeCell(s);
        m_result.cells.append(s.cell);
        const qsizetype index = m_result.cells.size() - 1;
        analyzeCell(m_result, index);
        m_cellWarnings.append(cellWarnings(m_result.cells[index], m_result.system, sweep));
    }
    if (!m_cb.cellFinished)
        return;
    fitStrategies(m_result);
    analyzeSweep(m_result);
    m_result.warnings = m_runnerWarnings + runWarnings(m_result.system) + m_cellWarnings;
    m_cb.cellFinished(m_result);
}

double RunSession::cellWeight(int index) const
{
    static const int cores = std::max(1, QThread::idealThreadCount());
    const int parallel = std::clamp(m_plan[index].workers, 1, cores);
    // Run time grows with the size: weigh by items, so a sweep's progress is honest.
    return double(plannedRuns(m_config)) * double(m_plan[index].size) / parallel;
}

void RunSession::reportProgress(const CellState &s, bool warmingUp)
{
    if (!m_cb.progress)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const int repetitions = int(s.cell.samplesNs.size());
    // Throttle: a GUI needs no more than ~30 updates a second.
    if (m_lastProgressNs >= 0 && now - m_lastProgressNs < 30'000'000 && repetitions > 0)
        return;
    m_lastProgressNs = now;
    Progress p;
    p.cellIndex = s.index;
    p.cellCount = int(m_plan.size());
    p.strategy = s.plan.strategy->id();
    p.workers = s.plan.workers;
    p.size = s.plan.size;
    p.repetition = repetitions;
    p.repetitionsPlanned = m_config.reps.repetitions;
    p.warmingUp = warmingUp;
    p.fraction = m_totalWeight > 0 ? std::clamp(m_doneWeight / m_totalWeight, 0.0, 1.0) : 0;
    p.elapsedSec = now / 1e9;
    p.etaSec = p.fraction > 0.02 ? p.elapsedSec * (1 - p.fraction) / p.fraction : -1;
    m_cb.progress(p);
}

} // namespace pb
