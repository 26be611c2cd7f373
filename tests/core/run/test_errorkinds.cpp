// Every way a cell can fail gets its own kind, end to end: the runner sets it, JSON keeps it,
// the exit code (4 only for a verification mismatch), the reports and the warnings use it.
#include "core/cli/exitcode.h"
#include "core/io/resultformat.h"
#include "core/io/resultio.h"
#include "core/run/cellerror.h"
#include "core/run/registry.h"
#include "core/run/runner.h"
#include "runfixtures.h"

#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <new>
#include <stdexcept>

using namespace pb;
using namespace Qt::Literals::StringLiterals;
using pb::test::tinyConfig;

namespace {

/// A strategy that fails on purpose, one way per instance.
class FaultStrategy final : public Strategy
{
public:
    using RunFn = std::function<bool(WorkloadData &, const StrategyContext &)>;
    FaultStrategy(QString id, RunFn run, std::function<VerifyResult(const WorkloadData &)> verify)
        : m_id(std::move(id)), m_run(std::move(run)), m_verify(std::move(verify))
    {
    }
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    QString description() const override { return u"fails on purpose"_s; }
    bool run(WorkloadData &data, const StrategyContext &ctx, qint64 *elapsedNs) const override
    {
        *elapsedNs = 1000;
        return m_run(data, ctx);
    }
    VerifyResult verify(const WorkloadData &data) const override
    {
        return m_verify ? m_verify(data) : data.verify();
    }

private:
    QString m_id;
    RunFn m_run;
    std::function<VerifyResult(const WorkloadData &)> m_verify;
};

struct Case
{
    QString id;
    FaultStrategy::RunFn run;
    std::function<VerifyResult(const WorkloadData &)> verify;
    CellErrorKind kind;
    QString message; ///< the cell's error starts with this
};

bool computeAll(WorkloadData &data)
{
    data.computeRange(0, data.size());
    return true;
}

QList<Case> cases()
{
    return {
        {u"fault-kernel"_s,
         [](WorkloadData &, const StrategyContext &) -> bool {
             throw std::runtime_error("item 7 is odd");
         },
         {},
         CellErrorKind::Kernel,
         u"kernel threw: item 7 is odd"_s},
        {u"fault-pool-kernel"_s,
         [](WorkloadData &, const StrategyContext &ctx) {
             QtConcurrent::run(ctx.pool, [] {
                 throw std::runtime_error("thrown in a pool thread");
             }).waitForFinished();
             return true;
         },
         {},
         CellErrorKind::Kernel,
         u"kernel threw: thrown in a pool thread"_s},
        {u"fault-not-std"_s,
         [](WorkloadData &, const StrategyContext &) -> bool { throw 42; },
         {},
         CellErrorKind::Kernel,
         u"kernel threw: unknown exception"_s},
        {u"fault-oom"_s,
         [](WorkloadData &, const StrategyContext &) -> bool { throw std::bad_alloc(); },
         {},
         CellErrorKind::OutOfMemory,
         u"out of memory while running the kernel"_s},
        {u"fault-half"_s,
         [](WorkloadData &data, const StrategyContext &) {
             data.computeRange(0, data.size() / 2); // the rest keeps the sentinel
             return true;
         },
         {},
         CellErrorKind::Verification,
         u"500 of 1000 items differ from serial"_s},
        {u"fault-threads"_s,
         [](WorkloadData &, const StrategyContext &) -> bool {
             throw ThreadStartError("Resource temporarily unavailable");
         },
         {},
         CellErrorKind::ThreadStart,
         u"could not start the worker threads: Resource temporarily unavailable"_s},
        {u"fault-verifier"_s,
         [](WorkloadData &data, const StrategyContext &) { return computeAll(data); },
         [](const WorkloadData &) -> VerifyResult { throw std::runtime_error("verifier broke"); },
         CellErrorKind::Engine, u"engine error: verifier broke"_s},
    };
}

RunResult runWith(const QString &strategy, int reps = 3,
                  RepetitionOrder order = kDefaultRepetitionOrder)
{
    RunConfig c = tinyConfig(u"fine"_s, 1000, {2}, QStringList{u"serial"_s, strategy});
    c.reps.repetitions = reps;
    c.order = order;
    CancelToken cancel;
    return Runner::run(c, cancel);
}

} // namespace

TEST(ErrorKinds, EveryFailureHasItsKindEverywhere)
{
    for (const Case &k : cases()) {
        SCOPED_TRACE(qPrintable(k.id));
        ScopedTestStrategy registered(std::make_unique<FaultStrategy>(k.id, k.run, k.verify));
        const RunResult r = runWith(k.id);
        ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
        ASSERT_EQ(r.cells.size(), 2);
        const CellResult &cell = r.cells[1];
        EXPECT_EQ(cell.errorKind, k.kind) << qPrintable(cellErrorKindName(cell.errorKind));
        EXPECT_TRUE(cell.error.startsWith(k.message)) << qPrintable(cell.error);
        // The exit code: 4 only for a verification mismatch.
        EXPECT_EQ(exitCodeFor(r), k.kind == CellErrorKind::Verification ? 4 : 1);
        // Stored in JSON and read back.
        QString error;
        const auto back = fromJson(toJson(r), &error);
        ASSERT_TRUE(back) << qPrintable(error);
        EXPECT_EQ(back->cells[1].errorKind, k.kind);
        // The report names the kind; the hints fit it.
        EXPECT_EQ(fmt::statusText(cell, true),
                  u"FAILED (%1): %2"_s.arg(cellErrorKindText(k.kind), cell.error));
        const QString report = QString::fromUtf8(writerFor(u"md"_s)->write(r));
        EXPECT_TRUE(report.contains(cellErrorKindText(k.kind))) << qPrintable(report);
        bool warned = false;
        for (const Warning &w : r.warnings) {
            if (w.strategy != k.id)
                continue;
            warned = true;
            const bool mismatch = k.kind == CellErrorKind::Verification;
            EXPECT_EQ(w.code, mismatch ? u"verification-failed"_s : u"cell-failed"_s);
            EXPECT_EQ(w.hint.contains(u"matches serial"_s), mismatch) << qPrintable(w.hint);
        }
        EXPECT_TRUE(warned);
    }
}

static void interruptedCellIsKeptAsCanceled(RepetitionOrder order)
{
    std::atomic<int> calls{0};
    ScopedTestStrategy registered(std::make_unique<FaultStrategy>(
        u"fault-cancel"_s,
        [&calls](WorkloadData &data, const StrategyContext &ctx) {
            if (++calls == 2) { // the first repetition completes, the second is interrupted
                ctx.cancel->cancel();
                return false;
            }
            return computeAll(data);
        },
        nullptr));
    const RunResult r = runWith(u"fault-cancel"_s, 5, order);
    EXPECT_EQ(r.status, RunStatus::Canceled);
    ASSERT_EQ(r.cells.size(), 2);
    EXPECT_EQ(r.cells[1].errorKind, CellErrorKind::Canceled);
    EXPECT_EQ(r.cells[1].error, u"canceled after 1 of 5 timed repetitions"_s);
    EXPECT_EQ(r.cells[1].samplesNs.size(), 1);
    EXPECT_EQ(fmt::statusText(r.cells[1], true),
              u"canceled: canceled after 1 of 5 timed repetitions"_s);
    EXPECT_EQ(exitCodeFor(r), ExitCanceled);
}

TEST(ErrorKinds, InterruptedCellIsKeptAsCanceled)
{
    for (RepetitionOrder order : {RepetitionOrder::Sequential, RepetitionOrder::Interleaved}) {
        SCOPED_TRACE(order == RepetitionOrder::Sequential ? "sequential" : "interleaved");
        interruptedCellIsKeptAsCanceled(order);
    }
}

TEST(ErrorKinds, KindTextsAreDistinctAndHuman)
{
    QStringList texts;
    for (CellErrorKind k :
         {CellErrorKind::None, CellErrorKind::Kernel, CellErrorKind::OutOfMemory,
          CellErrorKind::Verification, CellErrorKind::Canceled, CellErrorKind::ThreadStart,
          CellErrorKind::Crashed, CellErrorKind::Engine}) {
        const QString t = cellErrorKindText(k);
        EXPECT_FALSE(t.contains(u'-')) << qPrintable(t); // not the JSON name
        EXPECT_FALSE(texts.contains(t)) << qPrintable(t);
        texts << t;
    }
}
