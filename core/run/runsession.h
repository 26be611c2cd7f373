#pragma once

#include "core/run/cellplan.h"
#include "core/run/poolset.h"
#include "core/run/runner.h"
#include "core/run/strategy.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>
#include <random>

namespace pb {

/// One execution of a validated RunConfig: for each size, prepares the input, measures that
/// size's cells (one after the other, or interleaved in seeded random rounds) and keeps the
/// growing RunResult. Used only by Runner::run.
class RunSession
{
public:
    RunSession(const RunConfig &config, CancelToken &cancel, const Runner::Callbacks &cb);
    RunResult run();

private:
    /// Error: this cell failed (kept, the run goes on). Fatal: the run cannot go on.
    enum class Outcome { Ok, Canceled, Error, Fatal };

    /// A cell being measured, with what its runs accumulate.
    struct CellState
    {
        int index = 0; ///< in m_plan
        CellPlan plan;
        StrategyContext ctx;
        CellResult cell;
        QList<qint64> runQueueWaits;
        qint64 stealSum = 0;
        int stealRuns = 0;
        bool stealKnown = true, cpuKnown = true;
        qint64 timedNs = 0;    ///< spent in timed runs, verification included (adaptive budget)
        bool done = false;     ///< stopped repeating (enough samples, or failed)
        bool complete = false; ///< stopped because it has enough samples
    };

    // runsession.cpp: sizes, order, keeping cells, progress.
    void measureAll();
    /// Generates the input for `size`; false (the run failed or was canceled) when it cannot.
    bool prepareSize(qint64 size);
    /// The workload's input of `size` items; nullptr with *error, or canceled (*error empty).
    std::unique_ptr<WorkloadData> prepareData(qint64 size, QString *error);
    QList<CellState> cellsOfSize(int first, int end);
    void addSkipWarning(const CellPlan &plan);
    /// Measures one size's cells; false when the run must stop (canceled or failed).
    bool measureSize(QList<CellState> &cells);
    Outcome measureSequential(QList<CellState> &cells);
    /// Keeps a measured cell (failed or interrupted ones too, with their kind); false when the
    /// run cannot go on.
    bool recordCell(Outcome outcome, CellState &s);
    /// A cell stopped by a cancel keeps what it measured, marked as such.
    void markCanceled(CellState &s) const;
    void finishCells(QList<CellState> &cells);
    void reportProgress(const CellState &s, bool warmingUp);
    double cellWeight(int index) const;

    // runsessioninterleaved.cpp
    Outcome measureInterleaved(QList<CellState> &cells);
    Outcome interleavedRound(QList<CellState> &cells);
    /// Keeps the size's cells and turns the outcome into the run's status.
    Outcome finishInterleaved(QList<CellState> &cells, Outcome outcome);
    /// Between rounds: the cells so far to cellFinished (throttled), so charts fill in live.
    void sendSnapshot(const QList<CellState> &cells);

    // runsessioncell.cpp: one cell's steps and runs.
    /// Runs one step of a cell; what ParaBench's own code throws becomes the cell's error.
    Outcome guarded(CellState &s, const std::function<Outcome()> &step);
    Outcome setUpCell(CellState &s);
    Outcome warmUp(CellState &s, int minimumRuns);
    /// One timed repetition, then whether the cell needs more (s.done).
    Outcome timedRun(CellState &s);
    Outcome runOnce(CellState &s, bool timed);
    /// Keeps the first output as the reference, or verifies a later one against it.
    Outcome checkOutput(CellState &s);
    /// Why the cell cannot run in the memory left, or empty (checked before it allocates).
    QString memoryProblem(const CellPlan &plan) const;
    qint64 resolveChunk(const CellPlan &plan) const;
    void finalizeCell(CellState &s) const;

    RunConfig m_config;
    CancelToken &m_cancel;
    Runner::Callbacks m_cb;
    RunResult m_result;
    QList<Warning> m_runnerWarnings;
    QList<Warning> m_cellWarnings; ///< of the finished cells, in order
    std::unique_ptr<WorkloadData> m_data;
    const Workload *m_workload = nullptr;
    PoolSet m_pools;
    QList<CellPlan> m_plan;
    QList<int> m_runsDone; ///< per plan index: warm-up + timed runs so far (progress)
    double m_totalWeight = 0, m_doneWeight = 0;
    double m_nsPerItem = 0; ///< serial cost per item of the current size, 0 until known
    qint64 m_preparingSize = 0;
    std::mt19937_64 m_rng; ///< interleaved order, seeded from the config
    QElapsedTimer m_clock;
    qint64 m_lastProgressNs = -1;
    qint64 m_lastSnapshotNs = -1;
};

} // namespace pb
