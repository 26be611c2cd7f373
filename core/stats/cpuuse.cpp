#include "core/stats/cpuuse.h"

#include "core/stats/statistics.h"

#include <algorithm>

namespace pb::stats {

int busyCpus(int workers, int logicalCores)
{
    const int w = std::max(1, workers);
    return logicalCores > 0 ? std::min(w, logicalCores) : w;
}

double cpuUtilisation(const CellResult &cell, int logicalCores)
{
    if (cell.cpuNs.isEmpty() || cell.cpuNs.size() != cell.samplesNs.size())
        return -1;
    const double cpus = busyCpus(cell.workers, logicalCores);
    QList<double> shares;
    for (qsizetype i = 0; i < cell.samplesNs.size(); ++i)
        if (cell.samplesNs[i] > 0 && cell.cpuNs[i] >= 0)
            shares.append(double(cell.cpuNs[i]) / (double(cell.samplesNs[i]) * cpus));
    return shares.isEmpty() ? -1 : median(shares);
}

double stealShare(const CellResult &cell, int logicalCores)
{
    if (cell.stealNs < 0 || cell.stats.medianNs <= 0)
        return -1;
    return cell.stealNs / (cell.stats.medianNs * busyCpus(cell.workers, logicalCores));
}

} // namespace pb::stats
