// RunSession: interleaved repetitions (docs/measurement.md, "Interleaving").
#include "core/run/runsession.h"

#include "core/run/interleave.h"
#include "core/stats/analysis.h"
#include "core/stats/statistics.h"
#include "core/stats/warnings.h"

#include <algorithm>

namespace pb {

namespace {

bool isSerial(const CellPlan &p)
{
    return p.strategy->id() == QLatin1String("serial");
}

} // namespace

RunSession::Outcome RunSession::measureInterleaved(QList<CellState> &cells)
{
    // Set up and warm every cell before the first round, the serial baseline first: its first
    // run keeps the reference output all others are verified against (so it runs at least
    // once, even with --warmup 0), and its time per item sizes the automatic chunks.
    Outcome outcome = Outcome::Ok;
    for (CellState &s : cells) {
        outcome = guarded(s, [&] { return setUpCell(s); });
        if (outcome == Outcome::Ok)
            outcome = guarded(s, [&] { return warmUp(s, isSerial(s.plan) ? 1 : 0); });
        if (outcome == Outcome::Ok && isSerial(s.plan))
            m_nsPerItem = stats::median(stats::toDoubles(s.cell.warmupNs)) / double(s.plan.size);
        if (outcome == Outcome::Error && !isSerial(s.plan))
            outcome = Outcome::Ok; // kept with its error (done); the others go on
        if (outcome != Outcome::Ok)
            break;
    }
    if (outcome == Outcome::Ok && m_result.autoChunkSize == 0)
        m_result.autoChunkSize =
            resolveChunk({nullptr, m_config.workers.constFirst(), 0, cells.constFirst().plan.size});
    const auto active = [&] {
        return std::any_of(cells.cbegin(), cells.cend(),
                           [](const CellState &s) { return !s.done; });
    };
    while (outcome == Outcome::Ok && active())
        outcome = interleavedRound(cells);
    return finishInterleaved(cells, outcome);
}

RunSession::Outcome RunSession::finishInterleaved(QList<CellState> &cells, Outcome outcome)
{
    // A canceled or failed run keeps the cells that have something to show: samples (an
    // unfinished cell marked canceled) or an error of their own.
    QList<CellState> kept;
    for (CellState &s : cells) {
        if (outcome == Outcome::Canceled && !s.complete && s.cell.error.isEmpty() &&
            !s.cell.samplesNs.isEmpty())
            markCanceled(s);
        if (!s.cell.samplesNs.isEmpty() || !s.cell.error.isEmpty())
            kept.append(s);
    }
    finishCells(kept);
    switch (outcome) {
    case Outcome::Ok:
        return outcome;
    case Outcome::Canceled:
        m_result.status = RunStatus::Canceled;
        return outcome;
    case Outcome::Fatal: // worker threads did not start
        m_result.status = RunStatus::Failed;
        for (const CellState &s : cells)
            if (!s.cell.error.isEmpty()) {
                m_result.error = s.cell.error;
                break;
            }
        return outcome;
    case Outcome::Error: // only the baseline's error stops the rounds
        m_result.status = RunStatus::Failed;
        m_result.error = QStringLiteral("serial baseline failed: %1").arg(cells.first().cell.error);
        return Outcome::Fatal;
    }
    return outcome;
}

RunSession::Outcome RunSession::interleavedRound(QList<CellState> &cells)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < cells.size(); ++i)
        if (!cells[i].done)
            order.append(i);
    shuffleRound(order, m_rng);
    for (qsizetype i : order) {
        CellState &s = cells[i];
        const Outcome o = guarded(s, [&] { return timedRun(s); });
        if (o == Outcome::Error && !isSerial(s.plan))
            continue; // this cell stopped (done); the others go on
        if (o != Outcome::Ok)
            return o;
    }
    sendSnapshot(cells);
    return Outcome::Ok;
}

void RunSession::sendSnapshot(const QList<CellState> &cells)
{
    if (!m_cb.cellFinished)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    // Each snapshot bootstraps every cell's speedup: a few per second are plenty for a GUI.
    if (m_lastSnapshotNs >= 0 && now - m_lastSnapshotNs < 250'000'000)
        return;
    m_lastSnapshotNs = now;
    RunResult snapshot = m_result;
    const int firstNew = int(snapshot.cells.size());
    for (CellState s : cells)
        if (!s.cell.samplesNs.isEmpty()) {
            finalizeCell(s);
            snapshot.cells.append(s.cell);
        }
    analyzeCells(snapshot, firstNew);
    snapshot.warnings = m_runnerWarnings + analyzeWarnings(snapshot);
    m_cb.cellFinished(snapshot);
}

} // namespace pb
