#include "core/run/cellerror.h"
#include "core/strategies/strategies.h"

#include <QElapsedTimer>

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace pb {
namespace {

class ThreadsStrategy final : public Strategy
{
public:
    QString id() const override { return QStringLiteral("threads"); }
    QString displayName() const override { return QStringLiteral("std::thread (reference)"); }
    QString description() const override
    {
        return QStringLiteral(
            "Reference ceiling without Qt: w std::threads, each computing one contiguous "
            "1/w of the items (static partition). Thread start-up is inside the timed region, "
            "as in hand-written code; it costs tens of microseconds.");
    }
    bool isReference() const override { return true; }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        const qint64 n = data.size();
        const int w = ctx.workers;
        const CancelToken &cancel = *ctx.cancel;
        const qint64 piece = cancelPiece(n / w, ctx.nsPerItem);
        QElapsedTimer timer;
        timer.start();
        std::vector<std::jthread> threads;
        threads.reserve(size_t(w));
        for (int t = 0; t < w; ++t) {
            const qint64 b = n * t / w;
            const qint64 e = n * (t + 1) / w;
            try {
                threads.emplace_back([&data, &cancel, b, e, piece] {
                    computeCancellable(data, b, e, piece, cancel);
                });
            } catch (const std::system_error &error) { // the started ones are joined on unwind
                throw ThreadStartError(QStringLiteral("std::thread %1 of %2: %3")
                                           .arg(t + 1)
                                           .arg(w)
                                           .arg(QString::fromLocal8Bit(error.what()))
                                           .toStdString());
            }
        }
        threads.clear(); // joins
        *elapsedNs = timer.nsecsElapsed();
        return !cancel.isCanceled();
    }
};

} // namespace

std::unique_ptr<Strategy> makeThreadsStrategy()
{
    return std::make_unique<ThreadsStrategy>();
}

} // namespace pb
