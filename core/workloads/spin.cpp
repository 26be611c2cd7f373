#include "core/workloads/spin.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace pb {

namespace {

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
        sink = sink + SpinSpec(iterations)(0x9e3779b97f4a7c15ULL);
        if (timer.nsecsElapsed() >= 2'000'000 || iterations >= (qint64(1) << 40))
            break;
        iterations *= 2;
    }
    qint64 bestNs = std::numeric_limits<qint64>::max();
    for (int rep = 0; rep < 7; ++rep) {
        timer.start();
        sink = sink + SpinSpec(iterations)(quint64(rep) + 1);
        bestNs = std::min(bestNs, std::max<qint64>(1, timer.nsecsElapsed()));
    }
    return double(iterations) * 1000.0 / double(bestNs);
}

} // namespace

double spinIterationsPerUs()
{
    static const double rate = calibrateIterationsPerUs();
    return rate;
}

} // namespace pb
