#include "core/run/machinecheck.h"

#include "core/model/units.h"
#include "core/run/registry.h"
#include "core/run/runner.h"

#include <QThread>

#include <algorithm>

namespace pb {
namespace {

QStringList parallelStrategies()
{
    QStringList ids = strategyIds();
    ids.removeAll(QStringLiteral("serial"));
    return ids;
}

RunConfig spinConfig(double usPerItem, qint64 size, QList<int> workers)
{
    RunConfig c;
    c.workload = QStringLiteral("spin");
    c.size = size;
    c.workers = std::move(workers);
    c.strategies = QStringList{QStringLiteral("serial")} + parallelStrategies();
    c.params = {{QStringLiteral("us_per_item"), usPerItem}};
    c.warmupRuns = 1;
    c.reps.repetitions = 7;
    return c;
}

void fillRows(MachineCheck &m)
{
    const double n = double(m.overhead.config.size);
    const CellResult *base = m.overhead.baseline(m.overhead.config.size);
    for (const QString &s : parallelStrategies()) {
        MachineCheck::Row row;
        row.strategy = s;
        if (const CellResult *c = m.overhead.cell(s, 1, m.overhead.config.size);
            c && base && c->stats.n > 0) {
            row.overheadNsPerItem = (c->stats.medianNs - base->stats.medianNs) / n;
            row.overheadNoiseNs = (c->stats.medianCiHighNs - c->stats.medianCiLowNs +
                                   base->stats.medianCiHighNs - base->stats.medianCiLowNs) /
                                  (2 * n);
        }
        if (const CellResult *c = m.scaling.cell(s, m.cores, m.scaling.config.size);
            c && c->stats.n > 0) {
            row.speedupAtCores = c->stats.speedup;
            row.efficiencyAtCores = c->stats.efficiency;
        }
        m.rows.append(row);
    }
}

void judge(MachineCheck &m)
{
    double bestQt = 0, bestRef = 0;
    for (const MachineCheck::Row &r : m.rows) {
        const bool ref = findStrategy(r.strategy)->isReference();
        (ref ? bestRef : bestQt) = std::max(ref ? bestRef : bestQt, r.efficiencyAtCores);
    }
    const QString figures = QStringLiteral("best QtConcurrent efficiency %1 %, best reference "
                                           "%2 % at %3 workers")
                                .arg(bestQt * 100, 0, 'f', 1)
                                .arg(bestRef * 100, 0, 'f', 1)
                                .arg(m.cores);
    m.ok = bestQt >= 0.85 && bestRef >= 0.85;
    if (m.ok)
        m.verdict = QStringLiteral("OK: work of known cost scales as expected (%1). Speedups "
                                   "measured here can be trusted.")
                        .arg(figures);
    else if (bestRef >= 0.85)
        m.verdict = QStringLiteral("QtConcurrent falls short of the reference (%1): dispatch "
                                   "overhead or pool set-up; check the overhead column.")
                        .arg(figures);
    else
        m.verdict = QStringLiteral("This machine does not scale even for ideal work (%1): "
                                   "other load, shared/throttled vCPUs or a CPU quota. Treat "
                                   "speedups measured here with caution.")
                        .arg(figures);
}

} // namespace

MachineCheck runMachineCheck(CancelToken &cancel,
                             const std::function<void(const QString &)> &status)
{
    MachineCheck m;
    m.cores = std::max(1, QThread::idealThreadCount());
    if (status)
        status(QStringLiteral("check-machine: dispatch overhead (spin 0.1 us/item, 1 worker)..."));
    m.overhead = Runner::run(spinConfig(0.1, 100000, {1}), cancel);
    if (m.overhead.status != RunStatus::Complete) {
        m.error = m.overhead.error;
        return m;
    }
    QList<int> workers;
    for (int w = 1; w <= m.cores; ++w)
        workers.append(w);
    if (status)
        status(QStringLiteral("check-machine: scaling (spin 50 us/item, 1..%1 workers)...")
                   .arg(m.cores));
    RunConfig scaling = spinConfig(50, 2000 * qint64(m.cores), workers);
    scaling.reps.repetitions = 5;
    m.scaling = Runner::run(scaling, cancel);
    if (m.scaling.status != RunStatus::Complete) {
        m.error = m.scaling.error;
        return m;
    }
    m.completed = true;
    fillRows(m);
    judge(m);
    return m;
}

QString formatMachineCheck(const MachineCheck &m)
{
    if (!m.completed)
        return m.error.isEmpty() ? QStringLiteral("Machine check canceled.\n")
                                 : QStringLiteral("Machine check failed: %1\n").arg(m.error);
    QString text = QStringLiteral("Machine check (%1 logical cores, %2)\n\n")
                       .arg(m.cores)
                       .arg(m.scaling.system.cpuModel);
    const CellResult *base = m.overhead.baseline(m.overhead.config.size);
    text += QStringLiteral("Serial spin item: %1 per 0.1 us item (expected ~100 ns)\n\n")
                .arg(base ? formatDuration(base->stats.medianNs / m.overhead.config.size)
                          : QStringLiteral("?"));
    text += QStringLiteral("%1 %2 %3 %4\n")
                .arg(QStringLiteral("strategy"), -10)
                .arg(QStringLiteral("overhead/item"), 14)
                .arg(QStringLiteral("speedup@%1").arg(m.cores), 11)
                .arg(QStringLiteral("efficiency"), 11);
    for (const MachineCheck::Row &r : m.rows)
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(r.strategy, -10)
                    .arg(r.overheadNsPerItem < r.overheadNoiseNs
                             ? QStringLiteral("< %1").arg(formatDuration(r.overheadNoiseNs))
                             : formatDuration(r.overheadNsPerItem),
                         14)
                    .arg(QStringLiteral("%1x").arg(r.speedupAtCores, 0, 'f', 2), 11)
                    .arg(QStringLiteral("%1 %").arg(r.efficiencyAtCores * 100, 0, 'f', 1), 11);
    for (const Warning &w : m.scaling.warnings)
        text += QStringLiteral("! %1: %2\n").arg(w.code, w.message);
    text += QStringLiteral("\nVerdict: %1\n").arg(m.verdict);
    return text;
}

} // namespace pb
