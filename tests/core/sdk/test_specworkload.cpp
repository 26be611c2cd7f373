// SpecWorkload (public SDK): a whole workload from a spec; input generated in blocks, in
// parallel, cancellable; the generator's and the kernel's contract checked.
#include "core/workloads/fine.h"

#include <parabench/specworkload.h>

#include <QElapsedTimer>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <thread>

using namespace pb;

namespace {

/// Per-index input with parameters, no sentinel (the default: NaN) and a tolerance.
struct Scaled
{
    using In = double;
    using Out = double;
    static constexpr WorkloadInfo info{.id = "scaled", .name = "Scaled", .defaultSize = 100};
    static constexpr double tolerance = 1e-12;
    static QList<ParamSpec> params() { return {ParamSpec::real("factor", 2.0, 0.5, 8, "x")}; }
    explicit Scaled(const Params &p) : factor(p.real("factor")) {}
    double factor = 1;
    In input(qint64 i) const { return double(i); }
    Out operator()(const In &x) const { return x * factor; }
};

/// Bulk generator that returns one item too few; integer output (default sentinel: min).
struct ShortBulk
{
    using In = int;
    using Out = qint64;
    static constexpr WorkloadInfo info{.id = "short-bulk", .name = "Short", .reduction = "sum"};
    QList<In> inputs(qint64 n, const CancelToken &) const { return QList<In>(n - 1, 7); }
    Out operator()(const In &x) const { return x; }
};

/// Input that owns memory: generated in order on the calling thread.
struct Words
{
    using In = QString;
    using Out = int;
    static constexpr WorkloadInfo info{.id = "words", .name = "Words"};
    In input(qint64 i) const { return QString(int(i % 7), QLatin1Char('w')); }
    Out operator()(const In &s) const { return int(s.size()); }
};

/// A generator that throws at one index.
struct ThrowingInput
{
    using In = int;
    using Out = int;
    static constexpr WorkloadInfo info{.id = "throwing", .name = "Throwing"};
    In input(qint64 i) const
    {
        if (i == 70000)
            throw std::runtime_error("no input for item 70000");
        return int(i);
    }
    Out operator()(const In &x) const { return x; }
};

/// Returns NaN for item 3; the default sentinel is NaN too.
struct NanAtThree
{
    using In = double;
    using Out = double;
    static constexpr WorkloadInfo info{.id = "nan", .name = "NaN"};
    In input(qint64 i) const { return double(i); }
    Out operator()(const In &x) const { return x == 3 ? std::nan("") : x; }
};

} // namespace

TEST(SpecWorkload, InfoAndParametersComeFromTheSpec)
{
    const SpecWorkload<Scaled> w;
    EXPECT_EQ(w.id(), QStringLiteral("scaled"));
    EXPECT_EQ(w.displayName(), QStringLiteral("Scaled"));
    EXPECT_EQ(w.defaultSize(), 100);
    EXPECT_FALSE(w.hasReduction());
    EXPECT_TRUE(w.reductionName().isEmpty());
    EXPECT_EQ(w.bytesPerItem(), 16.0);
    ASSERT_EQ(w.parameters().size(), 1);
    EXPECT_EQ(w.defaultParams().value(QStringLiteral("factor")).toDouble(), 2.0);
    EXPECT_TRUE(std::isnan(SpecWorkload<Scaled>::sentinelValue()));
    EXPECT_EQ(SpecWorkload<Scaled>::tolerance(), 1e-12);
    EXPECT_EQ(SpecWorkload<ShortBulk>::sentinelValue(), std::numeric_limits<qint64>::min());
    EXPECT_TRUE(SpecWorkload<ShortBulk>().hasReduction());
}

TEST(SpecWorkload, KernelIsBuiltFromCheckedParameters)
{
    const SpecWorkload<Scaled> w;
    QString error;
    auto d = w.prepare(10, {{QStringLiteral("factor"), 4}}, &error);
    ASSERT_TRUE(d) << qPrintable(error);
    d->computeRange(0, 10);
    EXPECT_EQ(dynamic_cast<SpecWorkload<Scaled>::Data &>(*d).output()[3], 12.0);
    EXPECT_EQ(w.prepare(10, {{QStringLiteral("factor"), 9}}, &error), nullptr);
    EXPECT_EQ(error, QStringLiteral("scaled: factor must be between 0.5 and 8, got 9"));
}

TEST(SpecWorkload, ParallelGenerationGivesTheSameInputAsSequential)
{
    const SpecWorkload<FineSpec> w;
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    PrepareRequest parallel;
    parallel.size = 1'000'003; // not a multiple of the block
    parallel.pool = &pool;
    QString error;
    auto a = w.prepare(parallel, &error);
    auto b = w.prepare(parallel.size, {}, &error);
    ASSERT_TRUE(a && b) << qPrintable(error);
    const auto &ma = dynamic_cast<FineData &>(*a);
    const auto &mb = dynamic_cast<FineData &>(*b);
    EXPECT_EQ(ma.input(), mb.input());
    EXPECT_EQ(ma.input()[1'000'002], FineSpec().input(1'000'002));
    // The output starts as the sentinel everywhere, so a skipped item cannot pass.
    EXPECT_EQ(std::count(ma.output().begin(), ma.output().end(), -1.0), parallel.size);
}

TEST(SpecWorkload, GenerationStopsSoonAfterCancel)
{
    const SpecWorkload<FineSpec> w;
    CancelToken cancel;
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    PrepareRequest request;
    request.size = 200'000'000; // seconds of generation, far more than the bound below
    request.cancel = &cancel;
    request.pool = &pool;
    std::thread canceler([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cancel.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto d = w.prepare(request, &error);
    canceler.join();
    EXPECT_EQ(d, nullptr);
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error); // canceled is not an error
    EXPECT_LT(timer.elapsed(), 1500);
}

TEST(SpecWorkload, WrongItemCountFromABulkGeneratorIsRefused)
{
    const SpecWorkload<ShortBulk> w;
    QString error;
    EXPECT_EQ(w.prepare(1000, {}, &error), nullptr);
    EXPECT_EQ(error,
              QStringLiteral("short-bulk: the input generator returned 999 items for a size of "
                             "1000"));
}

TEST(SpecWorkload, AThrowingGeneratorIsAnErrorNamingTheException)
{
    const SpecWorkload<ThrowingInput> w;
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    PrepareRequest request;
    request.size = 200000;
    request.pool = &pool;
    QString error;
    EXPECT_EQ(w.prepare(request, &error), nullptr);
    EXPECT_EQ(error,
              QStringLiteral("throwing: the input generator threw: no input for item 70000"));
}

TEST(SpecWorkload, InputsThatOwnMemoryAreGeneratedInOrder)
{
    const SpecWorkload<Words> w;
    QThreadPool pool;
    PrepareRequest request;
    request.size = 50000;
    request.pool = &pool;
    QString error;
    auto d = w.prepare(request, &error);
    ASSERT_TRUE(d) << qPrintable(error);
    auto &data = dynamic_cast<SpecWorkload<Words>::Data &>(*d);
    EXPECT_EQ(data.input()[49999], QString(49999 % 7, QLatin1Char('w')));
    d->computeRange(0, d->size());
    d->keepAsReference();
    EXPECT_TRUE(d->verify().ok);
    EXPECT_EQ(data.output()[13], 6);
}

TEST(SpecWorkload, NaNOutputsCompareEqualButASkippedItemDoesNot)
{
    const SpecWorkload<NanAtThree> w;
    QString error;
    auto d = w.prepare(10, {}, &error);
    ASSERT_TRUE(d);
    d->computeRange(0, 10);
    d->keepAsReference();
    d->resetOutput();
    d->computeRange(0, 10);
    EXPECT_TRUE(d->verify().ok) << qPrintable(d->verify().message);
    d->resetOutput();
    d->computeRange(0, 9); // item 9 skipped: still the NaN sentinel
    EXPECT_FALSE(d->verify().ok);
    EXPECT_EQ(d->verify().firstBadIndex, 9);
}
