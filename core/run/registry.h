#pragma once

#include "core/run/strategy.h"
#include <parabench/workload.h>

#include <QList>
#include <QStringList>

#include <memory>

namespace pb {

/// The built-in workloads, in display order. Objects live for the whole program.
const QList<const Workload *> &builtinWorkloads();
/// Every workload: the built-ins, then those of the loaded plugins in loading order.
QList<const Workload *> workloads();
const Workload *findWorkload(const QString &id);
QStringList workloadIds();

/// The built-in strategies, in display order ("serial" first).
const QList<const Strategy *> &strategies();
const Strategy *findStrategy(const QString &id);
QStringList strategyIds();

/// Adds a strategy to the registry while alive: tests use it for strategies that fail on
/// purpose (each way a cell can fail). Not thread-safe; never used by the programs.
class ScopedTestStrategy
{
public:
    explicit ScopedTestStrategy(std::unique_ptr<Strategy> strategy);
    ~ScopedTestStrategy();
    ScopedTestStrategy(const ScopedTestStrategy &) = delete;
    ScopedTestStrategy &operator=(const ScopedTestStrategy &) = delete;

private:
    std::unique_ptr<Strategy> m_strategy;
};

} // namespace pb
