#pragma once

#include "core/model/result.h"
#include <parabench/canceltoken.h>

#include <functional>

namespace pb {

/// "Check this machine": calibration with the spin workload, whose per-item work is known.
struct MachineCheck
{
    /// One strategy's figures.
    struct Row
    {
        QString strategy;
        double overheadNsPerItem = 0; ///< (t_strategy - t_serial) / n at 1 worker, tiny items
        double overheadNoiseNs = 0;   ///< half the two medians' CI widths / n: smaller is noise
        double speedupAtCores = 0;    ///< coarse items, workers = logical cores
        double efficiencyAtCores = 0;
    };

    bool completed = false;
    QString error; ///< why it did not complete, when it failed (empty when canceled)
    int cores = 1;
    RunResult overhead; ///< spin, 0.1 us/item, 1 worker: dispatch cost per item
    RunResult scaling;  ///< spin, 50 us/item, workers 1..cores: achievable speedup
    QList<Row> rows;
    bool ok = false; ///< the machine and ParaBench scale as expected
    QString verdict; ///< one paragraph for a person
};

/// Runs both calibration experiments (a few seconds on 2 cores). `status` gets one line per
/// phase; may be empty.
MachineCheck runMachineCheck(CancelToken &cancel,
                             const std::function<void(const QString &)> &status = {});

/// The report printed by `parabench-cli --check-machine` and shown by the GUI.
QString formatMachineCheck(const MachineCheck &check);

} // namespace pb
