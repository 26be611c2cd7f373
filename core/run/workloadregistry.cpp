// The workload half of registry.h; the strategy half lives in its own file.
#include "core/run/registry.h"

#include "core/plugins/pluginregistry.h"

#include "core/workloads/fine.h"
#include "core/workloads/mandelbrot.h"
#include "core/workloads/montecarlo.h"
#include "core/workloads/primes.h"
#include "core/workloads/spin.h"
#include "core/workloads/stream.h"

namespace pb {

const QList<const Workload *> &builtinWorkloads()
{
    static const SpecWorkload<PrimesSpec> primes;
    static const SpecWorkload<MandelbrotSpec> mandelbrot;
    static const SpecWorkload<MonteCarloSpec> montecarlo;
    static const SpecWorkload<StreamSpec> stream;
    static const SpecWorkload<FineSpec> fine;
    static const SpecWorkload<SpinSpec> spin;
    static const QList<const Workload *> all{&primes, &mandelbrot, &montecarlo,
                                             &stream, &fine,       &spin};
    return all;
}

QList<const Workload *> workloads()
{
    return builtinWorkloads() + PluginRegistry::instance().workloads();
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
