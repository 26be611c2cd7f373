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

StrategyTable &table()
{
    static StrategyTable t;
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

ScopedTestStrategy::ScopedTestStrategy(std::unique_ptr<Strategy> strategy)
    : m_strategy(std::move(strategy))
{
    table().list.append(m_strategy.get());
}

ScopedTestStrategy::~ScopedTestStrategy()
{
    table().list.removeOne(m_strategy.get());
}

} // namespace pb
