#pragma once

#include <parabench/buffer.h>
#include <parabench/workloaddata.h>

#include <QElapsedTimer>
#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <climits>
#include <cmath>
#include <limits>
#include <type_traits>

namespace pb {

/// Items per block of the long passes over a buffer (filling, copying), between two cancel
/// checks: 64 Ki items are well under a millisecond of memory traffic.
constexpr qint64 kBufferBlock = qint64(1) << 16;

/// WorkloadData for a map In -> Out with a kernel functor `Out operator()(const In &) const`.
/// Every workload is one of these; the per-item QtConcurrent strategies are written once here,
/// so they are compiled into each workload (a plugin's too) with its kernel inlined: no
/// virtual call or type erasure per item.
template <class In, class Out, class Kernel> class MapData final : public WorkloadData
{
    static_assert(std::is_arithmetic_v<Out>, "a workload's Out type must be arithmetic (an "
                                             "integer or floating-point type)");

public:
    /// Sum type of the natural reduction: exact for integers, double for floating point.
    using Sum = std::conditional_t<std::is_floating_point_v<Out>, double, qint64>;
    /// The reduction carries the item count too, so a dropped or doubled item is caught even
    /// where a floating-point sum must allow for rounding.
    struct Acc
    {
        Sum sum = 0;
        qint64 count = 0;
    };

    /// relTolerance 0 means exact comparison; sentinel must be a value the kernel never returns.
    MapData(QList<In> input, Kernel kernel, Out sentinel, double relTolerance, bool hasReduction)
        : MapData(Buffer<In>(std::move(input)), {}, std::move(kernel), sentinel, relTolerance,
                  hasReduction, nullptr)
    {
        m_output = Buffer<Out>::uninitialized(m_input.size());
        resetOutput();
    }
    /// The generating path (SpecWorkload): `output` already holds the sentinel everywhere.
    /// `cancel` (may be null) must outlive this object: long passes over the buffers
    /// (resetOutput, keepAsReference) stop early when it is triggered.
    MapData(Buffer<In> input, Buffer<Out> output, Kernel kernel, Out sentinel, double relTolerance,
            bool hasReduction, const CancelToken *cancel)
        : m_input(std::move(input)), m_kernel(std::move(kernel)), m_sentinel(sentinel),
          m_relTolerance(relTolerance), m_hasReduction(hasReduction), m_cancel(cancel),
          m_output(std::move(output))
    {
    }

    const Buffer<In> &input() const { return m_input; }
    const Buffer<Out> &output() const { return m_output; }
    Buffer<Out> &output() { return m_output; } // tests corrupt it on purpose
    const Kernel &kernel() const { return m_kernel; }

    qint64 size() const override { return m_input.size(); }
    qint64 inputBytes() const override { return m_input.size() * qint64(sizeof(In)); }
    qint64 outputBytes() const override { return m_output.size() * qint64(sizeof(Out)); }

    void computeRange(qint64 begin, qint64 end) override
    {
        const In *in = m_input.constData();
        Out *out = m_output.data();
        for (qint64 i = begin; i < end; ++i)
            out[i] = m_kernel(in[i]);
    }

    void resetOutput() override
    {
        Out *out = m_output.data();
        const Out sentinel = m_sentinel;
        forEachBlock(m_output.size(), [out, sentinel](qint64 b, qint64 e) {
            std::fill(out + b, out + e, sentinel);
        });
    }
    void keepAsReference() override
    {
        m_reference = Buffer<Out>::uninitialized(m_output.size());
        const Out *from = m_output.constData();
        Out *to = m_reference.data();
        if (!forEachBlock(m_output.size(), [from, to](qint64 b, qint64 e) {
                std::copy(from + b, from + e, to + b);
            }))
            m_reference = {}; // canceled: no half-copied reference
    }
    bool hasReference() const override { return !m_reference.isEmpty() || m_input.isEmpty(); }

    VerifyResult verify() const override
    {
        VerifyResult r;
        if (!hasReference()) {
            r.ok = false;
            r.message = QStringLiteral("no serial reference to verify against");
            return r;
        }
        for (qint64 i = 0; i < m_output.size(); ++i) {
            if (same(m_output[i], m_reference[i]))
                continue;
            if (r.mismatches == 0) {
                r.firstBadIndex = i;
                r.message = QStringLiteral("item %1: expected %2, got %3")
                                .arg(i)
                                .arg(describe(m_reference[i]), describe(m_output[i]));
            }
            ++r.mismatches;
        }
        r.ok = r.mismatches == 0;
        if (!r.ok)
            r.message = QStringLiteral("%1 of %2 items differ from serial; first: %3")
                            .arg(r.mismatches)
                            .arg(m_output.size())
                            .arg(r.message);
        return r;
    }

    bool runMapped(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) override
    {
        Q_ASSERT(m_input.size() <= kMaxQtConcurrentItems);
        QElapsedTimer timer;
        timer.start();
        QFuture<Out> future =
            QtConcurrent::mapped(pool, m_input.constData(), m_input.constData() + size(), m_kernel);
        auto hook = cancel.onCancel([future]() mutable { future.cancel(); });
        future.waitForFinished();
        if (future.isCanceled())
            return false;
        const QList<Out> results = future.results();
        *elapsedNs = timer.nsecsElapsed();
        std::copy(results.cbegin(), results.cend(), m_output.data());
        return true;
    }

    bool runInplace(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) override
    {
        Q_ASSERT(m_input.size() <= kMaxQtConcurrentItems);
        const In *in = m_input.constData();
        Out *out = m_output.data();
        const Kernel &kernel = m_kernel;
        QElapsedTimer timer;
        timer.start();
        QFuture<void> future =
            QtConcurrent::map(pool, out, out + size(),
                              [in, out, &kernel](Out &item) { item = kernel(in[&item - out]); });
        auto hook = cancel.onCancel([future]() mutable { future.cancel(); });
        future.waitForFinished();
        *elapsedNs = timer.nsecsElapsed();
        return !future.isCanceled();
    }

    bool runMapReduce(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) override
    {
        Q_ASSERT(m_input.size() <= kMaxQtConcurrentItems);
        QElapsedTimer timer;
        timer.start();
        QFuture<Acc> future = QtConcurrent::mappedReduced<Acc>(
            pool, m_input.constData(), m_input.constData() + size(), m_kernel,
            [](Acc &acc, const Out &v) {
                acc.sum += Sum(v);
                ++acc.count;
            },
            QtConcurrent::UnorderedReduce);
        auto hook = cancel.onCancel([future]() mutable { future.cancel(); });
        future.waitForFinished();
        if (future.isCanceled())
            return false;
        m_reduced = future.result();
        *elapsedNs = timer.nsecsElapsed();
        return true;
    }

    VerifyResult verifyReduction() const override
    {
        VerifyResult r;
        Sum expected = 0;
        double magnitude = 0; // sum of |x|: the scale of the rounding error bound
        for (const Out &v : m_reference) {
            expected += Sum(v);
            magnitude += std::abs(double(v));
        }
        const qint64 n = qint64(m_reference.size());
        if (m_reduced.count != n) {
            r.ok = false;
            r.mismatches = std::abs(m_reduced.count - n);
            r.message = QStringLiteral("reduction: %1 items reduced, expected %2")
                            .arg(m_reduced.count)
                            .arg(n);
            return r;
        }
        r.ok = sameSum(m_reduced.sum, expected, magnitude);
        if (!r.ok) {
            r.mismatches = 1;
            r.message = QStringLiteral("reduction: expected %1, got %2")
                            .arg(double(expected), 0, 'g', 17)
                            .arg(double(m_reduced.sum), 0, 'g', 17);
        }
        return r;
    }

    bool hasReduction() const { return m_hasReduction; }

private:
    /// Runs fn(begin, end) over [0, n) in blocks, checking the cancel token between them; false
    /// when canceled.
    template <class Fn> bool forEachBlock(qint64 n, Fn fn) const
    {
        for (qint64 b = 0; b < n; b += kBufferBlock) {
            if (m_cancel && m_cancel->isCanceled())
                return false;
            fn(b, std::min(n, b + kBufferBlock));
        }
        return true;
    }
    bool same(const Out &a, const Out &b) const
    {
        if constexpr (std::is_floating_point_v<Out>) {
            if (std::isnan(a) && std::isnan(b))
                return true; // a kernel may return NaN; the same NaN in serial and parallel
            if (m_relTolerance == 0)
                return a == b;
            return std::abs(a - b) <= m_relTolerance * std::max<Out>(Out(1), std::abs(b));
        } else {
            return a == b;
        }
    }
    bool sameSum(Sum a, Sum b, double magnitude) const
    {
        if constexpr (std::is_floating_point_v<Sum>) {
            // Threads sum in another order. Any order of n additions is within
            // (n - 1) eps sum|x| of the exact sum, so two orders differ by at most twice that.
            const double n = double(m_reference.size());
            const double bound = 2.0 * n * std::numeric_limits<double>::epsilon() * magnitude;
            return std::abs(a - b) <= std::max(bound, m_relTolerance * std::abs(b));
        } else {
            Q_UNUSED(magnitude);
            return a == b;
        }
    }
    static QString describe(const Out &v)
    {
        if constexpr (std::is_floating_point_v<Out>)
            return QString::number(double(v), 'g', 17);
        else
            return QString::number(v);
    }

    Buffer<In> m_input;
    Kernel m_kernel;
    Out m_sentinel;
    double m_relTolerance;
    bool m_hasReduction;
    const CancelToken *m_cancel = nullptr;
    Buffer<Out> m_output;
    Buffer<Out> m_reference;
    Acc m_reduced;
};

} // namespace pb
