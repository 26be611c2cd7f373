// The workload half of registry.h; the strategy half lives in its own file.
#include "core/run/registry.h"

#include "core/workloads/fine.h"
#include "core/workloads/mandelbrot.h"
#include "core/workloads/montecarlo.h"
#include "core/workloads/primes.h"
#include "core/workloads/spin.h"
#include "core/workloads/stream.h"

namespace pb {

const QList<const Workload *> &workloads()
{
    static const PrimesWorkload primes;
    static const MandelbrotWorkload mandelbrot;
    static const MonteCarloWorkload montecarlo;
    static const StreamWorkload stream;
    static const FineWorkload fine;
    static const SpinWorkload spin;
    static const QList<const Workload *> all{&primes, &mandelbrot, &montecarlo,
                                             &stream, &fine,       &spin};
    return all;
}

const Workload *findWorkload(const QString &id)
{
    for (const Workload *w : workloads()) {
        if (w->id() == id)
            return w;
    }
    return nullptr;
}

QStringList workloadIds()
{
    QStringList ids;
    for (const Workload *w : workloads())
        ids << w->id();
    return ids;
}

} // namespace pb
