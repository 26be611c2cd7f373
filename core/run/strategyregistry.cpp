#include "core/run/registry.h"
#include "core/strategies/strategies.h"

#include <memory>
#include <vector>

namespace pb {
namespace {

struct StrategyTable
{
    std::vector<std::unique_ptr<Strategy>> owned;
    QList<const Strategy *> list;

    StrategyTable()
    {
        for (auto make :
             {makeSerialStrategy, makeMappedStrategy, makeChunkedStrategy, makeInplaceStrategy,
              makeMapReduceStrategy, makeThreadsStrategy, makeOpenMpStrategy}) {
            if (auto s = make()) {
                list.append(s.get());
                owned.push_back(std::move(s));
            }
        }
    }
};

const StrategyTable &table()
{
    static const StrategyTable t;
    return t;
}

} // namespace

const QList<const Strategy *> &strategies()
{
    return table().list;
}

const Strategy *findStrategy(const QString &id)
{
    for (const Strategy *s : strategies())
        if (s->id() == id)
            return s;
    return nullptr;
}

QStringList strategyIds()
{
    QStringList ids;
    for (const Strategy *s : strategies())
        ids.append(s->id());
    return ids;
}

} // namespace pb
