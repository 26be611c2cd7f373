#include "core/strategies/strategies.h"

#include <QElapsedTimer>

#include <algorithm>

#ifdef PARABENCH_HAVE_OPENMP
#include <omp.h>
#endif

namespace pb {

#ifdef PARABENCH_HAVE_OPENMP
namespace {

class OpenMpStrategy final : public Strategy
{
public:
    QString id() const override { return QStringLiteral("openmp"); }
    QString displayName() const override { return QStringLiteral("OpenMP (reference)"); }
    QString description() const override
    {
        return QStringLiteral(
            "Reference ceiling: #pragma omp parallel for schedule(static) with w threads over "
            "pieces of the index range. OpenMP keeps its team between runs, like our warm pool.");
    }
    bool isReference() const override { return true; }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        const qint64 n = data.size();
        const CancelToken &cancel = *ctx.cancel;
        // Pieces let a cancel through; static scheduling hands each thread a contiguous run.
        // At least one piece per thread, so the static schedule can balance.
        const qint64 piece =
            std::min(cancelPiece(n, ctx.nsPerItem), std::max<qint64>(1, n / ctx.workers));
        const qint64 pieces = (n + piece - 1) / piece;
        QElapsedTimer timer;
        timer.start();
#pragma omp parallel for schedule(static) num_threads(ctx.workers)
        for (qint64 p = 0; p < pieces; ++p) {
            if (!cancel.isCanceled())
                data.computeRange(p * piece, std::min(n, (p + 1) * piece));
        }
        *elapsedNs = timer.nsecsElapsed();
        return !cancel.isCanceled();
    }
};

} // namespace

std::unique_ptr<Strategy> makeOpenMpStrategy()
{
    return std::make_unique<OpenMpStrategy>();
}
#else
std::unique_ptr<Strategy> makeOpenMpStrategy()
{
    return nullptr;
}
#endif

} // namespace pb
