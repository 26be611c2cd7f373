#pragma once

#include "core/run/cellplan.h"
#include "core/run/runner.h"
#include "core/run/strategy.h"
#include "core/run/workerpool.h"

#include <QElapsedTimer>

#include <memory>

namespace pb {

/// One execution of a validated RunConfig: plans the cells, measures them one after the other
/// and keeps the growing RunResult. Used only by Runner::run.
class RunSession
{
public:
    RunSession(const RunConfig &config, CancelToken &cancel, const Runner::Callbacks &cb);
    RunResult run();

private:
    /// Error: this cell failed (kept, the run goes on). Fatal: the run cannot go on.
    enum class Outcome { Ok, Canceled, Error, Fatal };

    void measureAll();
    /// The workload's input for this run; nullptr with *error, or canceled (*error empty).
    std::unique_ptr<WorkloadData> prepareData(const Workload &workload, QString *error);
    Outcome measureCell(const CellPlan &plan, CellResult &cell);
    /// measureCell, with anything ParaBench's own code throws kept as the cell's error.
    Outcome measureCellSafely(const CellPlan &plan, CellResult &cell);
    /// Keeps the measured cell (failed or interrupted ones too, with their kind); false when
    /// the run cannot go on.
    bool recordCell(Outcome outcome, CellResult cell);
    Outcome runOnce(const CellPlan &plan, const StrategyContext &ctx, CellResult &cell, bool timed);
    /// Keeps the first output as the reference, or verifies a later one against it.
    Outcome checkOutput(const CellPlan &plan, CellResult &cell);
    qint64 resolveChunk(const CellPlan &plan) const;
    /// Why the cell cannot run in the memory left, or empty (checked before it allocates).
    QString memoryProblem(const CellPlan &plan) const;
    /// Serial median per item once the baseline cell is measured, else 0.
    double serialNsPerItem() const;
    /// The warm pool for `workers`, or nullptr with *error when its threads did not start.
    QThreadPool *poolFor(int workers, QString *error);
    void reportProgress(const CellPlan &plan, int repetitions, bool warmingUp);
    double cellWeight(int index) const;
    void finishCell(CellResult cell);

    RunConfig m_config;
    CancelToken &m_cancel;
    Runner::Callbacks m_cb;
    RunResult m_result;
    QList<Warning> m_runnerWarnings;
    QList<Warning> m_cellWarnings; ///< of the finished cells, in order
    std::unique_ptr<WorkloadData> m_data;
    std::unique_ptr<WorkerPool> m_pool;
    QList<CellPlan> m_plan;
    int m_cellIndex = 0;
    QElapsedTimer m_clock;
    qint64 m_lastProgressNs = -1;
    QList<double> m_weightBefore;  ///< progress weight of the cells before each index (and all)
    QList<qint64> m_runQueueWaits; ///< per timed run of the current cell
};

} // namespace pb
