#pragma once

// SpecWorkload<Spec>: a whole Workload from one small spec struct. The built-in workloads and
// plugins are written the same way:
//
//   struct Collatz
//   {
//       using In = quint64;
//       using Out = int;
//       static constexpr pb::WorkloadInfo info{.id = "collatz", .name = "Collatz steps",
//                                              .description = "...", .stresses = "compute",
//                                              .defaultSize = 1'000'000,
//                                              .reduction = "total steps"};
//       In input(qint64 i) const { return quint64(i) + 1; }   // deterministic, per index
//       Out operator()(const In &n) const { ... }              // the kernel
//   };
//
// Optional members: `static QList<pb::ParamSpec> params()` with `explicit Spec(const
// pb::Params &)` reading them; `static constexpr double tolerance` (relative, floating-point
// outputs); `static constexpr Out sentinel` (a value the kernel never returns; default NaN, or
// the type's minimum); `static constexpr double bytesPerItem`. The input comes from exactly one
// of `In input(qint64 i) const`, `In input(qint64 i, qint64 n) const` (n = the size) or, for
// inputs that cannot be made per index, `QList<In> inputs(qint64 n, const pb::CancelToken &)
// const` (sequential; it should poll the token).

#include <parabench/mapdata.h>
#include <parabench/params.h>
#include <parabench/workload.h>

#include <QSemaphore>
#include <QThreadPool>
#include <QUnhandledException>

#include <algorithm>
#include <atomic>
#include <concepts>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

namespace pb {

/// What a workload is called and how it is presented (a spec's `static constexpr info`).
struct WorkloadInfo
{
    const char *id = "";            ///< [a-z][a-z0-9_-]*: the --workload name, unique
    const char *name = "";          ///< display name, e.g. "Collatz steps"
    const char *description = "";   ///< a paragraph: what one item computes, what it stresses
    const char *stresses = "";      ///< a few words: "compute", "memory bandwidth", "fine grain"
    qint64 defaultSize = 1'000'000; ///< items for a serial run of roughly a second
    /// Name of the natural reduction, the sum of the outputs ("total steps"), which the
    /// mapreduce strategy computes. nullptr: none (mapreduce is skipped).
    const char *reduction = nullptr;
};

namespace spec {

template <class S>
concept HasIndexInput = requires(const S &s, qint64 i)
{
    {
        s.input(i)
        } -> std::convertible_to<typename S::In>;
};
template <class S>
concept HasSizedIndexInput = requires(const S &s, qint64 i, qint64 n)
{
    {
        s.input(i, n)
        } -> std::convertible_to<typename S::In>;
};
template <class S>
concept HasBulkInput = requires(const S &s, qint64 n, const CancelToken &c)
{
    {
        s.inputs(n, c)
        } -> std::same_as<QList<typename S::In>>;
};
template <class S>
concept HasKernel = requires(const S &s, const typename S::In &x)
{
    {
        s(x)
        } -> std::same_as<typename S::Out>;
};
template <class S>
concept HasParams = requires
{
    {
        S::params()
        } -> std::convertible_to<QList<ParamSpec>>;
};
template <class S>
concept HasTolerance = requires
{
    {
        S::tolerance
        } -> std::convertible_to<double>;
};
template <class S>
concept HasSentinel = requires
{
    {
        S::sentinel
        } -> std::convertible_to<typename S::Out>;
};
template <class S>
concept HasBytesPerItem = requires
{
    {
        S::bytesPerItem
        } -> std::convertible_to<double>;
};

/// [a-z][a-z0-9_-]*
constexpr bool isValidId(const char *id)
{
    if (!id || !(*id >= 'a' && *id <= 'z'))
        return false;
    for (const char *c = id; *c; ++c)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' || *c == '-'))
            return false;
    return true;
}

/// Runs fn(begin, end) over [0, n) in blocks of `block` items, handed out dynamically to the
/// calling thread and the pool's threads. Stops handing out blocks when `cancel` is triggered
/// (returns false) or fn throws (rethrown here, after every thread stopped).
template <class Fn>
bool runBlocks(qint64 n, qint64 block, QThreadPool *pool, const CancelToken *cancel, Fn &fn)
{
    std::atomic<qint64> next{0};
    std::atomic_bool stop{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&] {
        while (!stop.load(std::memory_order_relaxed) && !(cancel && cancel->isCanceled())) {
            const qint64 b = next.fetch_add(block);
            if (b >= n)
                return;
            try {
                fn(b, std::min(n, b + block));
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                stop.store(true);
            }
        }
    };
    const qint64 blocks = (n + block - 1) / block;
    const int helpers =
        pool ? int(std::min<qint64>(blocks, std::max(1, pool->maxThreadCount())) - 1) : 0;
    QSemaphore done;
    for (int t = 0; t < helpers; ++t)
        pool->start([&work, &done] {
            work();
            done.release();
        });
    work(); // the calling thread takes part
    done.acquire(helpers);
    if (failure)
        std::rethrow_exception(failure);
    return !(cancel && cancel->isCanceled());
}

} // namespace spec

/// The Workload of a spec (see the top of this file). Defines nothing per item at run time
/// that the spec did not write: the kernel is called directly from MapData's loops.
template <class Spec> class SpecWorkload final : public Workload
{
public:
    using In = typename Spec::In;
    using Out = typename Spec::Out;
    using Data = MapData<In, Out, Spec>;

    static_assert(std::is_arithmetic_v<Out> && !std::is_same_v<Out, bool>,
                  "Spec::Out must be an integer or floating-point type (use int for yes/no)");
    static_assert(spec::HasKernel<Spec>,
                  "a workload spec needs the kernel `Out operator()(const In &) const`");
    static_assert(int(spec::HasIndexInput<Spec>) + int(spec::HasSizedIndexInput<Spec>) +
                          int(spec::HasBulkInput<Spec>) ==
                      1,
                  "a workload spec needs exactly one input generator: `In input(qint64 i) "
                  "const`, `In input(qint64 i, qint64 n) const` or `QList<In> inputs(qint64 n, "
                  "const pb::CancelToken &) const`");
    static_assert(spec::isValidId(Spec::info.id),
                  "Spec::info.id must be set and match [a-z][a-z0-9_-]*");
    static_assert(!spec::HasParams<Spec> || std::is_constructible_v<Spec, const Params &>,
                  "a spec with params() needs a constructor `explicit Spec(const pb::Params &)` "
                  "that reads them");
    static_assert(!spec::HasTolerance<Spec> || std::is_floating_point_v<Out>,
                  "a tolerance applies to floating-point outputs only");
    static_assert(std::is_copy_constructible_v<Spec>, "the spec (the kernel) must be copyable");

    /// Items per generation block: the cancel token is polled between blocks.
    static constexpr qint64 kBlock = qint64(1) << 14;

    QString id() const override { return QString::fromUtf8(Spec::info.id); }
    QString displayName() const override { return QString::fromUtf8(Spec::info.name); }
    QString description() const override { return QString::fromUtf8(Spec::info.description); }
    QString stresses() const override { return QString::fromUtf8(Spec::info.stresses); }
    qint64 defaultSize() const override { return Spec::info.defaultSize; }
    double bytesPerItem() const override
    {
        if constexpr (spec::HasBytesPerItem<Spec>)
            return Spec::bytesPerItem;
        else
            return double(sizeof(In) + sizeof(Out));
    }
    bool hasReduction() const override { return Spec::info.reduction != nullptr; }
    QString reductionName() const override
    {
        return hasReduction() ? QString::fromUtf8(Spec::info.reduction) : QString();
    }
    QList<ParamSpec> parameters() const override
    {
        if constexpr (spec::HasParams<Spec>)
            return Spec::params();
        else
            return {};
    }

    using Workload::prepare;
    std::unique_ptr<WorkloadData> prepare(const PrepareRequest &request,
                                          QString *error) const override
    {
        QString local;
        QString *err = error ? error : &local;
        err->clear();
        const std::optional<QVariantMap> values =
            resolveParams(id(), parameters(), request.params, err);
        if (!values)
            return nullptr;
        std::optional<Spec> kernel;
        if (!callUser(err, "building the kernel from its parameters",
                      [&] { kernel.emplace(makeSpec(Params(*values))); }))
            return nullptr;
        return generate(*kernel, request, err);
    }

    static constexpr Out sentinelValue()
    {
        if constexpr (spec::HasSentinel<Spec>)
            return Spec::sentinel;
        else if constexpr (std::is_floating_point_v<Out>)
            return std::numeric_limits<Out>::quiet_NaN();
        else if constexpr (std::is_signed_v<Out>)
            return std::numeric_limits<Out>::min();
        else
            return std::numeric_limits<Out>::max();
    }
    static constexpr double tolerance()
    {
        if constexpr (spec::HasTolerance<Spec>)
            return Spec::tolerance;
        else
            return 0.0;
    }

private:
    static Spec makeSpec(const Params &params)
    {
        if constexpr (std::is_constructible_v<Spec, const Params &>)
            return Spec(params);
        else
            return Spec{};
    }
    static In generateOne(const Spec &s, qint64 i, qint64 n)
    {
        if constexpr (spec::HasSizedIndexInput<Spec>)
            return s.input(i, n);
        else
            return s.input(i);
    }

    /// Runs user code; an exception becomes "<id>: <what> threw: <message>".
    template <class Fn> bool callUser(QString *error, const char *what, Fn fn) const
    {
        QString message;
        try {
            try {
                fn();
                return true;
            } catch (const QUnhandledException &e) { // thrown inside a pool thread
                if (e.exception())
                    std::rethrow_exception(e.exception());
                throw;
            }
        } catch (const std::exception &e) {
            message = QString::fromLocal8Bit(e.what());
        } catch (...) {
            message = QStringLiteral("an exception that is not a std::exception");
        }
        *error = QStringLiteral("%1: %2 threw: %3").arg(id(), QString::fromUtf8(what), message);
        return false;
    }

    std::unique_ptr<WorkloadData> generate(const Spec &kernel, const PrepareRequest &request,
                                           QString *error) const
    {
        const qint64 n = std::max<qint64>(0, request.size);
        const Out sentinel = sentinelValue();
        Buffer<Out> output = Buffer<Out>::uninitialized(n);
        Out *out = output.data();
        Buffer<In> input;
        bool done = false;
        const char *generator = "the input generator";
        if constexpr (spec::HasBulkInput<Spec>) {
            CancelToken never;
            QList<In> list;
            if (!callUser(error, generator, [&] {
                    list = kernel.inputs(n, request.cancel ? *request.cancel : never);
                }))
                return nullptr;
            if (request.cancel && request.cancel->isCanceled())
                return nullptr;
            if (list.size() != n) {
                *error = QStringLiteral("%1: the input generator returned %2 items for a size "
                                        "of %3")
                             .arg(id())
                             .arg(list.size())
                             .arg(n);
                return nullptr;
            }
            input = Buffer<In>(std::move(list));
            auto fill = [out, sentinel](qint64 b, qint64 e) {
                std::fill(out + b, out + e, sentinel);
            };
            done = spec::runBlocks(n, kBlock, request.pool, request.cancel, fill);
        } else if constexpr (std::is_trivially_copyable_v<In> &&
                             std::is_trivially_destructible_v<In>) {
            // Untouched storage, first written here in parallel blocks: no uninterruptible
            // zeroing pass before generation.
            input = Buffer<In>::uninitialized(n);
            In *in = input.data();
            auto fill = [&kernel, in, out, n, sentinel](qint64 b, qint64 e) {
                for (qint64 i = b; i < e; ++i) {
                    std::construct_at(in + i, generateOne(kernel, i, n));
                    out[i] = sentinel;
                }
            };
            if (!callUser(error, generator, [&] {
                    done = spec::runBlocks(n, kBlock, request.pool, request.cancel, fill);
                }))
                return nullptr;
        } else {
            // Elements that own memory (QString, ...): appended in order, on this thread.
            QList<In> list;
            list.reserve(n);
            auto fill = [&kernel, &list, out, n, sentinel](qint64 b, qint64 e) {
                for (qint64 i = b; i < e; ++i) {
                    list.append(generateOne(kernel, i, n));
                    out[i] = sentinel;
                }
            };
            if (!callUser(error, generator, [&] {
                    done = spec::runBlocks(n, kBlock, nullptr, request.cancel, fill);
                }))
                return nullptr;
            input = Buffer<In>(std::move(list));
        }
        if (!done)
            return nullptr; // canceled: *error stays empty
        return std::make_unique<Data>(std::move(input), std::move(output), kernel, sentinel,
                                      tolerance(), hasReduction(), request.cancel);
    }
};

} // namespace pb
