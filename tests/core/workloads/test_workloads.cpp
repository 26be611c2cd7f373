// Built-in workloads: determinism, agreement of every execution path with the serial reference,
// verification, parameter validation, cancellation and a few known mathematical values.
#include "core/run/registry.h"
#include "core/workloads/fine.h"
#include "core/workloads/mandelbrot.h"
#include "core/workloads/montecarlo.h"
#include "core/workloads/primes.h"
#include "core/workloads/spin.h"
#include "core/workloads/stream.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QThreadPool>

#include <chrono>
#include <cmath>
#include <cstring>
#include <numbers>
#include <thread>
#include <vector>

namespace {

const std::vector<std::string> kIds{"primes", "mandelbrot", "montecarlo", "stream", "fine", "spin"};

// Calls fn with the concrete MapData behind d; false when d is none of the known types.
template <class Fn> bool withMapData(pb::WorkloadData *d, Fn fn)
{
    if (auto *p = dynamic_cast<pb::PrimesData *>(d))
        return fn(*p), true;
    if (auto *p = dynamic_cast<pb::MandelbrotData *>(d))
        return fn(*p), true;
    if (auto *p = dynamic_cast<pb::MonteCarloData *>(d))
        return fn(*p), true;
    if (auto *p = dynamic_cast<pb::StreamData *>(d))
        return fn(*p), true;
    if (auto *p = dynamic_cast<pb::FineData *>(d))
        return fn(*p), true;
    if (auto *p = dynamic_cast<pb::SpinData *>(d))
        return fn(*p), true;
    return false;
}

// Spin is kept cheap: 0.2 µs per item.
QVariantMap cheapParams(const pb::Workload *w)
{
    if (w->id() == QLatin1String("spin"))
        return {{QStringLiteral("us_per_item"), 0.2}};
    return {};
}

std::unique_ptr<pb::WorkloadData> prepareOrFail(const pb::Workload *w, qint64 n,
                                                const QVariantMap &params)
{
    QString error;
    auto d = w->prepare(n, params, &error);
    EXPECT_NE(d, nullptr) << error.toStdString();
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return d;
}

const pb::Workload *workload(const std::string &id)
{
    const pb::Workload *w = pb::findWorkload(QString::fromStdString(id));
    EXPECT_NE(w, nullptr) << id;
    return w;
}

// Uneven, disjoint ranges covering [0, n): lengths cycle through very different sizes.
std::vector<std::pair<qint64, qint64>> unevenRanges(qint64 n)
{
    static const qint64 lengths[] = {1, 7, 2, 50, 3, 300, 1, 1000};
    std::vector<std::pair<qint64, qint64>> ranges;
    qint64 begin = 0;
    for (size_t k = 0; begin < n; ++k) {
        const qint64 end = std::min(n, begin + lengths[k % std::size(lengths)]);
        ranges.emplace_back(begin, end);
        begin = end;
    }
    return ranges;
}

// Computes the ranges on `threads` std::threads, range r going to thread r % threads.
void computeUneven(pb::WorkloadData &d, int threads)
{
    const auto ranges = unevenRanges(d.size());
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&d, &ranges, t, threads] {
            for (size_t r = size_t(t); r < ranges.size(); r += size_t(threads))
                d.computeRange(ranges[r].first, ranges[r].second);
        });
    }
    for (auto &th : pool)
        th.join();
}

std::string describe(const pb::VerifyResult &r)
{
    return r.message.toStdString();
}

} // namespace

TEST(WorkloadRegistry, IdsInOrderUniqueAndFindable)
{
    QStringList expected;
    for (const auto &id : kIds)
        expected << QString::fromStdString(id);
    EXPECT_EQ(pb::workloadIds(), expected);
    EXPECT_EQ(QSet<QString>(expected.cbegin(), expected.cend()).size(), expected.size());
    ASSERT_EQ(pb::workloads().size(), expected.size());
    for (const pb::Workload *w : pb::workloads())
        EXPECT_EQ(pb::findWorkload(w->id()), w);
    EXPECT_EQ(pb::findWorkload(QStringLiteral("nope")), nullptr);
    EXPECT_EQ(pb::findWorkload(QString()), nullptr);
    EXPECT_EQ(pb::findWorkload(QStringLiteral("Primes")), nullptr);
}

TEST(WorkloadRegistry, MetadataMatchesData)
{
    for (const pb::Workload *w : pb::workloads()) {
        SCOPED_TRACE(w->id().toStdString());
        EXPECT_FALSE(w->displayName().isEmpty());
        EXPECT_GT(w->description().size(), 100);
        EXPECT_FALSE(w->stresses().isEmpty());
        EXPECT_GT(w->defaultSize(), 0);
        EXPECT_EQ(w->reductionName().isEmpty(), !w->hasReduction());
        auto d = prepareOrFail(w, 3, cheapParams(w));
        ASSERT_NE(d, nullptr);
        const bool known = withMapData(d.get(), [&](auto &md) {
            using Md = std::decay_t<decltype(md)>;
            using In = std::decay_t<decltype(md.input()[0])>;
            using Out = std::decay_t<decltype(md.output()[0])>;
            EXPECT_EQ(w->bytesPerItem(), double(sizeof(In) + sizeof(Out)));
            EXPECT_EQ(md.hasReduction(), w->hasReduction());
            EXPECT_EQ(d->inputBytes(), 3 * qint64(sizeof(In)));
            static_assert(std::is_base_of_v<pb::WorkloadData, Md>);
        });
        EXPECT_TRUE(known) << "prepare() returned an unknown WorkloadData type";
    }
}

class WorkloadPaths : public ::testing::TestWithParam<std::tuple<std::string, qint64>>
{
};

TEST_P(WorkloadPaths, DeterministicInputAndOutput)
{
    const auto [id, n] = GetParam();
    const pb::Workload *w = workload(id);
    ASSERT_NE(w, nullptr);
    auto a = prepareOrFail(w, n, cheapParams(w));
    auto b = prepareOrFail(w, n, cheapParams(w));
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->size(), n);
    a->computeRange(0, n);
    b->computeRange(0, n);
    withMapData(a.get(), [&](auto &ma) {
        using Md = std::decay_t<decltype(ma)>;
        auto &mb = dynamic_cast<Md &>(*b);
        using In = std::decay_t<decltype(ma.input()[0])>;
        ASSERT_EQ(ma.input().size(), mb.input().size());
        // Bitwise: stricter than == for doubles, and works for the plain input structs.
        EXPECT_EQ(
            std::memcmp(ma.input().constData(), mb.input().constData(), size_t(n) * sizeof(In)), 0);
        EXPECT_EQ(ma.output(), mb.output());
    });
    // Every real output differs from the sentinel: after a reset all n items must mismatch.
    a->keepAsReference();
    a->resetOutput();
    const pb::VerifyResult r = a->verify();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.mismatches, n);
}

TEST_P(WorkloadPaths, EveryPathMatchesSerial)
{
    const auto [id, n] = GetParam();
    const pb::Workload *w = workload(id);
    ASSERT_NE(w, nullptr);
    auto d = prepareOrFail(w, n, cheapParams(w));
    ASSERT_NE(d, nullptr);
    d->computeRange(0, n);
    d->keepAsReference();
    ASSERT_TRUE(d->hasReference());
    pb::CancelToken cancel;
    for (int workers : {1, 2, 3, 8}) {
        SCOPED_TRACE(testing::Message() << "workers " << workers);
        d->resetOutput();
        computeUneven(*d, workers);
        EXPECT_TRUE(d->verify().ok) << "uneven ranges: " << describe(d->verify());

        QThreadPool pool;
        pool.setMaxThreadCount(workers);
        qint64 ns = -1;
        d->resetOutput();
        ASSERT_TRUE(d->runMapped(&pool, cancel, &ns));
        EXPECT_GE(ns, 0);
        EXPECT_TRUE(d->verify().ok) << "mapped: " << describe(d->verify());

        ns = -1;
        d->resetOutput();
        ASSERT_TRUE(d->runInplace(&pool, cancel, &ns));
        EXPECT_GE(ns, 0);
        EXPECT_TRUE(d->verify().ok) << "inplace: " << describe(d->verify());

        if (w->hasReduction()) {
            ns = -1;
            ASSERT_TRUE(d->runMapReduce(&pool, cancel, &ns));
            EXPECT_GE(ns, 0);
            EXPECT_TRUE(d->verifyReduction().ok) << describe(d->verifyReduction());
        }
    }
}

TEST_P(WorkloadPaths, VerifyNeedsReference)
{
    const auto [id, n] = GetParam();
    const pb::Workload *w = workload(id);
    auto d = prepareOrFail(w, n, cheapParams(w));
    ASSERT_NE(d, nullptr);
    d->computeRange(0, n);
    EXPECT_FALSE(d->hasReference());
    const pb::VerifyResult r = d->verify();
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.message.isEmpty());
}

TEST_P(WorkloadPaths, VerifyNamesCorruptedItem)
{
    const auto [id, n] = GetParam();
    const pb::Workload *w = workload(id);
    auto d = prepareOrFail(w, n, cheapParams(w));
    ASSERT_NE(d, nullptr);
    d->computeRange(0, n);
    d->keepAsReference();
    ASSERT_TRUE(d->verify().ok);
    const qint64 bad = n / 2;
    withMapData(d.get(), [&](auto &md) {
        using Out = std::decay_t<decltype(md.output()[0])>;
        md.output()[size_t(bad)] = Out(md.output()[size_t(bad)] + 1);
    });
    const pb::VerifyResult r = d->verify();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.mismatches, 1);
    EXPECT_EQ(r.firstBadIndex, bad);
    EXPECT_TRUE(r.message.contains(QStringLiteral("item %1:").arg(bad))) << describe(r);
}

INSTANTIATE_TEST_SUITE_P(AllWorkloads, WorkloadPaths,
                         ::testing::Combine(::testing::ValuesIn(kIds),
                                            ::testing::Values<qint64>(1, 2, 7, 1001, 3001)),
                         [](const auto &info) {
                             return std::get<0>(info.param) + "_n" +
                                    std::to_string(std::get<1>(info.param));
                         });

TEST(WorkloadParams, SpinRejectsInvalidUsPerItem)
{
    const pb::Workload *w = workload("spin");
    ASSERT_NE(w, nullptr);
    const QVariant bad[] = {
        -3, 0, 0.0, 0.005, 1e6 + 1, std::nan(""), INFINITY, QStringLiteral("abc")};
    for (const QVariant &v : bad) {
        SCOPED_TRACE(v.toString().toStdString());
        QString error;
        EXPECT_EQ(w->prepare(4, {{QStringLiteral("us_per_item"), v}}, &error), nullptr);
        EXPECT_TRUE(error.startsWith(QStringLiteral("spin: us_per_item must be")))
            << error.toStdString();
    }
    QString error;
    w->prepare(4, {{QStringLiteral("us_per_item"), -3}}, &error);
    EXPECT_EQ(error, QStringLiteral("spin: us_per_item must be between 0.01 and 1e6, got -3"));
    w->prepare(4, {{QStringLiteral("us_per_item"), QStringLiteral("abc")}}, &error);
    EXPECT_EQ(error, QStringLiteral("spin: us_per_item must be a number, got 'abc'"));
}

TEST(WorkloadParams, SpinAcceptsRangeAndScalesIterations)
{
    const pb::Workload *w = workload("spin");
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->defaultParams().value(QStringLiteral("us_per_item")).toDouble(), 10.0);
    const double rate = pb::spinIterationsPerUs();
    EXPECT_GT(rate, 0);
    EXPECT_EQ(pb::spinIterationsPerUs(), rate); // cached, not re-measured
    struct Case
    {
        QVariant us;
        qint64 iterations;
    };
    const Case cases[] = {{1e6, std::llround(1e6 * rate)},
                          {2.5, std::llround(2.5 * rate)},
                          {QStringLiteral("0.5"), std::llround(0.5 * rate)},
                          {0.01, std::max<qint64>(1, std::llround(0.01 * rate))}};
    for (const Case &c : cases) {
        SCOPED_TRACE(c.us.toString().toStdString());
        QString error;
        auto d = w->prepare(2, {{QStringLiteral("us_per_item"), c.us}}, &error);
        ASSERT_NE(d, nullptr) << error.toStdString();
        auto *spin = dynamic_cast<pb::SpinData *>(d.get());
        ASSERT_NE(spin, nullptr);
        EXPECT_EQ(spin->kernel().iterations, c.iterations);
    }
    QString error;
    auto d = w->prepare(2, {}, &error);
    ASSERT_NE(d, nullptr) << error.toStdString();
    EXPECT_EQ(dynamic_cast<pb::SpinData &>(*d).kernel().iterations, std::llround(10 * rate));
}

TEST(WorkloadParams, UnknownKeysNameTheValidOnes)
{
    for (const pb::Workload *w : pb::workloads()) {
        SCOPED_TRACE(w->id().toStdString());
        QString error;
        EXPECT_EQ(w->prepare(4, {{QStringLiteral("bogus"), 1}}, &error), nullptr);
        EXPECT_TRUE(error.startsWith(w->id() + QStringLiteral(": unknown parameter 'bogus'")))
            << error.toStdString();
        const QStringList valid = w->defaultParams().keys();
        if (valid.isEmpty()) {
            EXPECT_TRUE(error.contains(QStringLiteral("no parameters"))) << error.toStdString();
        }
        for (const QString &key : valid)
            EXPECT_TRUE(error.contains(key)) << error.toStdString();
    }
}

// A long spin run (2 ms per item, seconds in total) canceled from another thread after ~20 ms.
TEST(WorkloadCancel, CancelInterruptsPerItemRuns)
{
    const pb::Workload *w = workload("spin");
    ASSERT_NE(w, nullptr);
    QString error;
    auto d = w->prepare(3000, {{QStringLiteral("us_per_item"), 2000}}, &error);
    ASSERT_NE(d, nullptr) << error.toStdString();
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    using Run = bool (pb::WorkloadData::*)(QThreadPool *, pb::CancelToken &, qint64 *);
    const std::pair<const char *, Run> runs[] = {{"mapped", &pb::WorkloadData::runMapped},
                                                 {"inplace", &pb::WorkloadData::runInplace},
                                                 {"mapreduce", &pb::WorkloadData::runMapReduce}};
    for (const auto &[name, run] : runs) {
        SCOPED_TRACE(name);
        pb::CancelToken cancel;
        std::thread canceler([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            cancel.cancel();
        });
        qint64 ns = -1;
        const bool finished = ((*d).*run)(&pool, cancel, &ns);
        canceler.join();
        EXPECT_FALSE(finished);
        pool.waitForDone();
    }
}

TEST(WorkloadKernels, PrimesCountsArePrimePi)
{
    const pb::PrimesSpec k;
    EXPECT_EQ(k(0), 303);   // pi(2000)
    EXPECT_EQ(k(999), 430); // pi(2999)
    // Independent check against a sieve for every limit the kernel can see.
    std::vector<bool> composite(3000, false);
    std::vector<int> pi(3000, 0);
    for (int i = 2; i < 3000; ++i) {
        if (!composite[size_t(i)])
            for (int j = 2 * i; j < 3000; j += i)
                composite[size_t(j)] = true;
        pi[size_t(i)] = pi[size_t(i - 1)] + (composite[size_t(i)] ? 0 : 1);
    }
    for (int x = 0; x < 1000; ++x)
        ASSERT_EQ(k(x), pi[size_t(2000 + x)]) << "x = " << x;
    EXPECT_EQ(k(1000), k(0));
    EXPECT_EQ(k(123456789), k(789));
}

TEST(WorkloadKernels, MonteCarloMeanApproachesPi)
{
    const pb::Workload *w = workload("montecarlo");
    ASSERT_NE(w, nullptr);
    const qint64 n = 20000;
    auto d = prepareOrFail(w, n, {});
    ASSERT_NE(d, nullptr);
    d->computeRange(0, n);
    const auto &out = dynamic_cast<pb::MonteCarloData &>(*d).output();
    double sum = 0;
    for (double v : out) {
        ASSERT_GE(v, 0.0);
        ASSERT_LE(v, 4.0);
        sum += v;
    }
    EXPECT_NEAR(sum / double(n), std::numbers::pi, 0.01);
}

TEST(WorkloadKernels, MandelbrotKnownPoints)
{
    const pb::MandelbrotSpec k;     // 512 iterations at most
    EXPECT_EQ(k({0.0, 0.0}), 512);  // fixed point: in the set
    EXPECT_EQ(k({-1.0, 0.0}), 512); // period-2 cycle 0, -1, 0, ...: in the set
    EXPECT_EQ(k({10.0, 10.0}), 1);  // |c| > 2: escapes after the first step
    EXPECT_EQ(k({1.0, 0.0}), 3);    // 0, 1, 2, 5: |z| > 2 after three steps
}

TEST(WorkloadKernels, StreamAndFineValues)
{
    EXPECT_EQ(pb::StreamSpec{}({1.5, 0.25}), 4.75);
    // The fine chain's fixed point solves v = sqrt(1.5 v + 0.25); outputs move towards it.
    const double fixedPoint = (1.5 + std::sqrt(1.5 * 1.5 + 1.0)) / 2.0;
    const pb::FineSpec k;
    for (double x : {0.0, 0.5, 0.999}) {
        const double v = k(x);
        EXPECT_LT(std::abs(v - fixedPoint), std::abs(x - fixedPoint));
    }
}
