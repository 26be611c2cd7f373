#pragma once

#include "workloaddata.h"

#include <QElapsedTimer>
#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <climits>
#include <cmath>
#include <type_traits>
#include <vector>

namespace pb {

/// WorkloadData for a map In -> Out with a kernel functor `Out operator()(const In &) const`.
/// Every workload is one of these; the per-item QtConcurrent strategies are written once here.
template <class In, class Out, class Kernel> class MapData final : public WorkloadData
{
public:
    /// Sum type of the natural reduction: exact for integers, double for floating point.
    using Acc = std::conditional_t<std::is_floating_point_v<Out>, double, qint64>;

    /// relTolerance 0 means exact comparison; sentinel must be a value the kernel never returns.
    MapData(QList<In> input, Kernel kernel, Out sentinel, double relTolerance, bool hasReduction)
        : m_input(std::move(input)), m_kernel(std::move(kernel)), m_sentinel(sentinel),
          m_relTolerance(relTolerance), m_hasReduction(hasReduction),
          m_output(size_t(m_input.size()), sentinel)
    {
    }

    const QList<In> &input() const { return m_input; }
    const std::vector<Out> &output() const { return m_output; }
    std::vector<Out> &output() { return m_output; } // tests corrupt it on purpose
    const Kernel &kernel() const { return m_kernel; }

    qint64 size() const override { return m_input.size(); }
    qint64 inputBytes() const override { return m_input.size() * qint64(sizeof(In)); }
    qint64 outputBytes() const override { return qint64(m_output.size() * sizeof(Out)); }

    void computeRange(qint64 begin, qint64 end) override
    {
        const In *in = m_input.constData();
        Out *out = m_output.data();
        for (qint64 i = begin; i < end; ++i)
            out[i] = m_kernel(in[i]);
    }

    void resetOutput() override { std::fill(m_output.begin(), m_output.end(), m_sentinel); }
    void keepAsReference() override { m_reference = m_output; }
    bool hasReference() const override { return !m_reference.empty() || m_input.isEmpty(); }

    VerifyResult verify() const override
    {
        VerifyResult r;
        if (!hasReference()) {
            r.ok = false;
            r.message = QStringLiteral("no serial reference to verify against");
            return r;
        }
        for (size_t i = 0; i < m_output.size(); ++i) {
            if (same(m_output[i], m_reference[i]))
                continue;
            if (r.mismatches == 0) {
                r.firstBadIndex = qint64(i);
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
        Q_ASSERT(m_input.size() <= INT_MAX);
        QElapsedTimer timer;
        timer.start();
        QFuture<Out> future = QtConcurrent::mapped(pool, m_input, m_kernel);
        auto hook = cancel.onCancel([future]() mutable { future.cancel(); });
        future.waitForFinished();
        if (future.isCanceled())
            return false;
        const QList<Out> results = future.results();
        *elapsedNs = timer.nsecsElapsed();
        std::copy(results.cbegin(), results.cend(), m_output.begin());
        return true;
    }

    bool runInplace(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) override
    {
        Q_ASSERT(m_input.size() <= INT_MAX);
        const In *in = m_input.constData();
        Out *out = m_output.data();
        const Kernel &kernel = m_kernel;
        QElapsedTimer timer;
        timer.start();
        QFuture<void> future = QtConcurrent::map(
            pool, m_output, [in, out, &kernel](Out &item) { item = kernel(in[&item - out]); });
        auto hook = cancel.onCancel([future]() mutable { future.cancel(); });
        future.waitForFinished();
        *elapsedNs = timer.nsecsElapsed();
        return !future.isCanceled();
    }

    bool runMapReduce(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) override
    {
        Q_ASSERT(m_input.size() <= INT_MAX);
        QElapsedTimer timer;
        timer.start();
        QFuture<Acc> future = QtConcurrent::mappedReduced<Acc>(
            pool, m_input, m_kernel, [](Acc &acc, const Out &v) { acc += Acc(v); },
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
        Acc expected = 0;
        for (const Out &v : m_reference)
            expected += Acc(v);
        r.ok = sameAcc(m_reduced, expected);
        if (!r.ok) {
            r.mismatches = 1;
            r.message = QStringLiteral("reduction: expected %1, got %2")
                            .arg(double(expected), 0, 'g', 17)
                            .arg(double(m_reduced), 0, 'g', 17);
        }
        return r;
    }

    bool hasReduction() const { return m_hasReduction; }

private:
    bool same(const Out &a, const Out &b) const
    {
        if constexpr (std::is_floating_point_v<Out>) {
            if (m_relTolerance == 0)
                return a == b;
            return std::abs(a - b) <= m_relTolerance * std::max<Out>(Out(1), std::abs(b));
        } else {
            return a == b;
        }
    }
    bool sameAcc(Acc a, Acc b) const
    {
        if constexpr (std::is_floating_point_v<Acc>) {
            // Summation order differs between threads: allow rounding, relative to the size.
            const double tol = std::max(m_relTolerance, 1e-12 * double(m_input.size() + 1));
            return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
        } else {
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

    QList<In> m_input;
    Kernel m_kernel;
    Out m_sentinel;
    double m_relTolerance;
    bool m_hasReduction;
    std::vector<Out> m_output;
    std::vector<Out> m_reference;
    Acc m_reduced = 0;
};

} // namespace pb
