#pragma once

#include "ui/runentry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pb::ui {

// What runs have in common and what tells them apart, for chart titles and legends, and the
// machine a run was measured on (run list groups, Machines view).

/// Identifies a machine: host, CPU model, logical cores.
struct MachineKey
{
    QString host;
    QString cpu;
    int cores = 0;
    bool operator==(const MachineKey &) const = default;
};
MachineKey machineOf(const pb::RunResult &result);
/// "vm-a · Intel Xeon … · 8 logical cores" (unknown parts left out).
QString machineLabel(const MachineKey &key);
/// "vm-a": the shortest name that tells the machine apart in a legend.
QString machineShortName(const MachineKey &key);

/// The facts every run shares, for a chart title: "primes · n = 30000 · vm (2 logical
/// cores) · Release"; empty for no runs.
QString commonTitle(const QList<RunEntry> &runs);
/// Per run id, what differs from the other runs ("chunk 4", "vm-b · Debug"), or the run's
/// label when nothing does (or when two runs would read the same).
QHash<int, QString> legendNames(const QList<RunEntry> &runs);

} // namespace pb::ui
