#pragma once

#include <parabench/workload.h>

#include <parabench/canceltoken.h>

#include <QThreadPool>

#include <climits>

namespace pb {

/// Most items (or chunks) handed to one QtConcurrent call. Qt 6.4 keeps the iteration index in
/// int and adds a block size of up to n / (2 w) to it, so n near INT_MAX overflows: items are
/// skipped or written out of range. Half of INT_MAX keeps every block addition in range.
constexpr qint64 kMaxQtConcurrentItems = INT_MAX / 2;

/// The data of one prepared workload: input, output buffer, reference output, and the
/// type-erased entry points the strategies call.
///
/// Range-based strategies (serial, chunked, threads, openmp) only need computeRange(); the
/// per-item QtConcurrent strategies need the element types, so they are implemented once in
/// MapData<> (mapdata.h) and reached through the start*() functions below.
class WorkloadData
{
public:
    virtual ~WorkloadData() = default;

    virtual qint64 size() const = 0;
    virtual qint64 inputBytes() const = 0;
    virtual qint64 outputBytes() const = 0;

    /// Computes output[i] = kernel(input[i]) for i in [begin, end). Thread-safe for
    /// disjoint ranges.
    virtual void computeRange(qint64 begin, qint64 end) = 0;

    /// Fills the output with a sentinel so a strategy that skips items cannot pass verification.
    virtual void resetOutput() = 0;
    /// Copies the current output as the reference (after the serial baseline run).
    virtual void keepAsReference() = 0;
    virtual bool hasReference() const = 0;
    /// Compares the current output with the reference (exact, or a tolerance for floating point).
    virtual VerifyResult verify() const = 0;

    // --- per-item QtConcurrent strategies (implemented once, in MapData<>) ---
    // Each blocks until done, returns false when canceled (cancel reaches QFuture::cancel
    // through the token) and stores the timed region in *elapsedNs. Exceptions thrown by a
    // kernel propagate (QUnhandledException).

    /// QtConcurrent::mapped(pool, input, kernel) and future.results(), exactly as a user writes
    /// it. Only that is timed; the results are then copied into the output for verification.
    virtual bool runMapped(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) = 0;
    /// QtConcurrent::map over the pre-sized output (each element computes its own item).
    virtual bool runInplace(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) = 0;
    /// QtConcurrent::mappedReduced(pool, input, kernel, reduce). Only when hasReduction().
    virtual bool runMapReduce(QThreadPool *pool, CancelToken &cancel, qint64 *elapsedNs) = 0;
    /// Compares the last mapReduce value with the reduction of the reference output.
    virtual VerifyResult verifyReduction() const = 0;
};

inline std::unique_ptr<WorkloadData> Workload::prepare(qint64 n, const QVariantMap &params,
                                                       QString *error) const
{
    const std::optional<QVariantMap> values = resolveParams(id(), parameters(), params, error);
    if (!values)
        return nullptr;
    PrepareRequest request;
    request.size = n;
    request.params = *values;
    return prepare(request, error);
}

} // namespace pb
