// A working plugin whose metadata says it was built without optimization: loads, with a
// warning that its timings mean little.
#include <parabench/specworkload.h>
#include <parabench/workloadplugin.h>

#include <QObject>

namespace {

struct Twice
{
    using In = int;
    using Out = int;
    static constexpr pb::WorkloadInfo info{.id = "debug-twice", .name = "Twice"};
    In input(qint64 i) const { return int(i); }
    Out operator()(const In &x) const { return 2 * x; }
};

} // namespace

class DebugBuildPlugin : public QObject, public pb::WorkloadPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PARABENCH_WORKLOAD_PLUGIN_IID FILE "debug.json")
    Q_INTERFACES(pb::WorkloadPlugin)

public:
    QList<const pb::Workload *> workloads() const override { return {&m_twice}; }

private:
    pb::SpecWorkload<Twice> m_twice;
};

#include "debugbuild.moc"
