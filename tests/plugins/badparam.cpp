// A workload whose parameter default lies outside its own range: refused at load.
#include <parabench/plugin.h>

struct BadParam
{
    using In = int;
    using Out = int;
    static constexpr pb::WorkloadInfo info{.id = "badparam", .name = "Bad parameter"};
    static QList<pb::ParamSpec> params()
    {
        return {pb::ParamSpec::integer("steps", 0, 1, 10, "steps")};
    }
    explicit BadParam(const pb::Params &) {}
    In input(qint64 i) const { return int(i); }
    Out operator()(const In &x) const { return x; }
};

PARABENCH_REGISTER_WORKLOAD(BadParam);
