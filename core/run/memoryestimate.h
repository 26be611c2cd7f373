#pragma once

#include "core/model/runconfig.h"
#include "core/sys/memlimits.h"

#include <QString>

namespace pb {

/// Extra memory one run of a strategy takes beyond the prepared input, output and reference.
struct StrategyMemory
{
    qint64 resident = 0;     ///< bytes it touches
    qint64 addressSpace = 0; ///< bytes it reserves (what ulimit -v counts); >= resident
    QString what;            ///< "mapped's result store and results() copy"; empty when none
    QString strategy;        ///< the strategy's id
};

/// What one run of `strategyId` over `size` items with `outputBytes` of output adds:
/// mapped keeps every result in QtConcurrent's result store and copies them again in results()
/// (2.05 x output touched, measured; the growing list may reserve up to 2 x output more address
/// space),
/// chunked 16 bytes per chunk descriptor, the others nothing measurable.
StrategyMemory strategyMemory(const QString &strategyId, qint64 size, qint64 outputBytes,
                              qint64 chunkSize);

/// Address space the worker threads reserve: a stack each (8 MiB) and a malloc arena each
/// (64 MiB, at most 8 per core), for the QThreadPool, a second team (std::thread, OpenMP) and
/// one input generator per core.
qint64 threadAddressSpace(int workers);

/// What a whole run holds at its peak, part by part, estimated before the input exists: the
/// workload's bytes per item are split evenly between input and output (its real split is
/// known only after prepare; the run checks each cell again with the exact sizes).
struct MemoryEstimate
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 reference = 0;    ///< the serial output kept to verify against
    StrategyMemory strategy; ///< the strategy that needs the most
    qint64 threads = 0;      ///< address space only
    qint64 resident() const { return input + output + reference + strategy.resident; }
    qint64 addressSpace() const
    {
        return input + output + reference + strategy.addressSpace + threads;
    }
    /// "input and output 1.12 GiB, serial reference 572 MiB, mapped's result store ..."
    QString breakdown(bool addressSpace) const;
};

MemoryEstimate estimateMemory(const RunConfig &config);

/// Empty when the run fits into both rooms; else one message with the size needed, its parts,
/// the limit and what to do ("lower the size, or leave out mapped").
QString checkRunMemory(const RunConfig &config, const proc::MemoryRoom &resident,
                       const proc::MemoryRoom &addressSpace);

/// The same for one step at run time, when input, output and reference already exist: empty
/// when `need` fits, else "<need.what> needs about X more, but <limit> leaves Y".
QString checkCellMemory(const StrategyMemory &need, const proc::MemoryRoom &resident,
                        const proc::MemoryRoom &addressSpace);

} // namespace pb
