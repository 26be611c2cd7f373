#include "core/workloads/spin.h"

#include "core/workloads/workloadutil.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pb {

namespace {

const QString kUsPerItem = QStringLiteral("us_per_item");

// Best of several short runs: interruptions only make a run slower, so the fastest run is the
// closest to the undisturbed rate.
double calibrateIterationsPerUs()
{
    volatile int sink = 0; // keeps the loop from being optimised away
    qint64 iterations = 1 << 14;
    QElapsedTimer timer;
    // Grow until one run takes at least 2 ms, well above timer resolution.
    for (;;) {
        timer.start();
        sink = sink + SpinKernel{iterations}(0x9e3779b97f4a7c15ULL);
        if (timer.nsecsElapsed() >= 2'000'000 || iterations >= (qint64(1) << 40))
            break;
        iterations *= 2;
    }
    qint64 bestNs = std::numeric_limits<qint64>::max();
    for (int rep = 0; rep < 7; ++rep) {
        timer.start();
        sink = sink + SpinKernel{iterations}(quint64(rep) + 1);
        bestNs = std::min(bestNs, std::max<qint64>(1, timer.nsecsElapsed()));
    }
    return double(iterations) * 1000.0 / double(bestNs);
}

// Reads us_per_item from params (default when absent); false with a message when invalid.
bool readUsPerItem(const QVariantMap &params, double *usPerItem, QString *error)
{
    *usPerItem = SpinWorkload::kDefaultUsPerItem;
    if (!params.contains(kUsPerItem))
        return true;
    const QVariant value = params.value(kUsPerItem);
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return wl::fail(
            error,
            QStringLiteral("spin: us_per_item must be a number, got '%1'").arg(value.toString()));
    if (!(v > 0 && v <= SpinWorkload::kMaxUsPerItem)) // also rejects NaN
        return wl::fail(error, QStringLiteral("spin: us_per_item must be in (0, %1], got %2")
                                   .arg(SpinWorkload::kMaxUsPerItem, 0, 'f', 0)
                                   .arg(v));
    *usPerItem = v;
    return true;
}

} // namespace

double spinIterationsPerUs()
{
    static const double rate = calibrateIterationsPerUs();
    return rate;
}

QString SpinWorkload::description() const
{
    return QStringLiteral(
        "A calibration workload: every item runs the same fixed number of dependent xorshift64 "
        "steps, chosen so that one item costs us_per_item microseconds of CPU on one thread "
        "(the iterations per microsecond are measured once per process). Because the work is "
        "a count of instructions and not a clock-based wait, it slows down honestly when "
        "threads share a core, and the ideal parallel time is known in advance: n x "
        "us_per_item / workers. Use it to measure a strategy's overhead per item at a chosen "
        "grain. The output is the low 16 bits of the final state; the reduction is their sum.");
}

QVariantMap SpinWorkload::defaultParams() const
{
    return {{kUsPerItem, kDefaultUsPerItem}};
}

std::unique_ptr<WorkloadData> SpinWorkload::prepare(qint64 n, const QVariantMap &params,
                                                    QString *error) const
{
    if (!wl::checkParamKeys(id(), params, {kUsPerItem}, error))
        return nullptr;
    double usPerItem = 0;
    if (!readUsPerItem(params, &usPerItem, error))
        return nullptr;
    const qint64 iterations = std::max<qint64>(1, std::llround(usPerItem * spinIterationsPerUs()));
    QList<quint64> input(n);
    for (qint64 i = 0; i < n; ++i)
        input[i] = wl::splitmix64(quint64(i) ^ 0x7370696eULL); // "spin"
    // Outputs are in [0, 0xffff]; -1 is never returned.
    return std::make_unique<SpinData>(std::move(input), SpinKernel{iterations}, -1, 0.0, true);
}

} // namespace pb
