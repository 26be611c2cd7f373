#include "core/strategies/strategies.h"

#include <QElapsedTimer>

#include <algorithm>

namespace pb {

qint64 cancelPiece(qint64 items, double nsPerItem)
{
    if (nsPerItem > 0)
        return std::clamp<qint64>(qint64(1e6 / nsPerItem), 1, std::max<qint64>(1, items));
    return std::clamp<qint64>((items + 4095) / 4096, 1, 65536);
}

bool computeCancellable(WorkloadData &data, qint64 begin, qint64 end, qint64 piece,
                        const CancelToken &cancel)
{
    // One virtual call per piece; the kernel loop inside computeRange is inlined per workload.
    for (qint64 b = begin; b < end; b += piece) {
        if (cancel.isCanceled())
            return false;
        data.computeRange(b, std::min(end, b + piece));
    }
    return true;
}

namespace {

class SerialStrategy final : public Strategy
{
public:
    QString id() const override { return QStringLiteral("serial"); }
    QString displayName() const override { return QStringLiteral("Serial"); }
    QString description() const override
    {
        return QStringLiteral("Plain loop on one thread: the baseline every speedup is "
                              "measured against, and the reference output for verification.");
    }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 n = data.size();
        const bool done =
            computeCancellable(data, 0, n, cancelPiece(n, ctx.nsPerItem), *ctx.cancel);
        *elapsedNs = timer.nsecsElapsed();
        return done;
    }
};

} // namespace

std::unique_ptr<Strategy> makeSerialStrategy()
{
    return std::make_unique<SerialStrategy>();
}

} // namespace pb
