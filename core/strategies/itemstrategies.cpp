// The per-item QtConcurrent strategies. Their typed code lives in MapData<> (mapdata.h); these
// classes add names, descriptions and the int item-count limit.
#include "core/strategies/strategies.h"

#include <climits>

namespace pb {
namespace {

class ItemStrategy : public Strategy
{
public:
    bool supportsSize(qint64 n, QString *why) const override
    {
        if (n <= kMaxQtConcurrentItems)
            return true;
        if (why)
            *why = QStringLiteral("%1 hands every item to QtConcurrent, which counts them in int: "
                                  "at most %2 items, got %3; use \"chunked\" for larger sizes")
                       .arg(id())
                       .arg(kMaxQtConcurrentItems)
                       .arg(n);
        return false;
    }
};

class MappedStrategy final : public ItemStrategy
{
public:
    QString id() const override { return QStringLiteral("mapped"); }
    QString displayName() const override { return QStringLiteral("QtConcurrent::mapped"); }
    QString description() const override
    {
        return QStringLiteral(
            "QtConcurrent::mapped(pool, input, f) and future.results(), exactly as the "
            "documentation suggests. Every result is stored as a separate heap copy and "
            "copied again by results(); fine-grained items pay the dispatch cost per block.");
    }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        return data.runMapped(ctx.pool, *ctx.cancel, elapsedNs);
    }
};

class InplaceStrategy final : public ItemStrategy
{
public:
    QString id() const override { return QStringLiteral("inplace"); }
    QString displayName() const override { return QStringLiteral("QtConcurrent::map in place"); }
    QString description() const override
    {
        return QStringLiteral("QtConcurrent::map over a pre-sized output: no result store, so "
                              "no extra memory, but still one dispatch decision per item.");
    }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        return data.runInplace(ctx.pool, *ctx.cancel, elapsedNs);
    }
};

class MapReduceStrategy final : public ItemStrategy
{
public:
    QString id() const override { return QStringLiteral("mapreduce"); }
    QString displayName() const override { return QStringLiteral("QtConcurrent::mappedReduced"); }
    QString description() const override
    {
        return QStringLiteral("QtConcurrent::mappedReduced with an unordered sum, for workloads "
                              "with a natural reduction (total primes, mean pi estimate). "
                              "Verified against the reduction of the serial output.");
    }
    bool needsReduction() const override { return true; }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        return data.runMapReduce(ctx.pool, *ctx.cancel, elapsedNs);
    }
    VerifyResult verify(const WorkloadData &data) const override { return data.verifyReduction(); }
};

} // namespace

std::unique_ptr<Strategy> makeMappedStrategy()
{
    return std::make_unique<MappedStrategy>();
}
std::unique_ptr<Strategy> makeInplaceStrategy()
{
    return std::make_unique<InplaceStrategy>();
}
std::unique_ptr<Strategy> makeMapReduceStrategy()
{
    return std::make_unique<MapReduceStrategy>();
}

} // namespace pb
