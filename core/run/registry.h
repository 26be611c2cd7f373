#pragma once

#include "core/run/strategy.h"
#include <parabench/workload.h>

#include <QList>
#include <QStringList>

namespace pb {

/// The built-in workloads, in display order. Objects live for the whole program.
const QList<const Workload *> &workloads();
const Workload *findWorkload(const QString &id);
QStringList workloadIds();

/// The built-in strategies, in display order ("serial" first).
const QList<const Strategy *> &strategies();
const Strategy *findStrategy(const QString &id);
QStringList strategyIds();

} // namespace pb
