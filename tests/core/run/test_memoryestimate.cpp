// The memory a run needs, per strategy, against the room each limit leaves; the runner refuses
// a cell (OutOfMemory) when the room shrinks below it during the run.
#include "core/run/memoryestimate.h"
#include "core/run/runner.h"
#include "core/run/validation.h"
#include "core/sys/procstats.h"
#include "runfixtures.h"

#include <gtest/gtest.h>

#include <sys/resource.h>

using namespace pb;
using namespace Qt::Literals::StringLiterals;
using pb::test::tinyConfig;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;

#if defined(__SANITIZE_ADDRESS__)
#define SKIP_UNDER_ASAN() GTEST_SKIP() << "RLIMIT_AS and AddressSanitizer exclude each other"
#else
#define SKIP_UNDER_ASAN() (void)0
#endif

proc::MemoryRoom room(qint64 bytes, const QString &what)
{
    return {bytes, bytes, what};
}

/// Lowers RLIMIT_AS to the address space in use plus `extra` while alive.
class AddressSpaceLimit
{
public:
    explicit AddressSpaceLimit(qint64 extra)
    {
        ::getrlimit(RLIMIT_AS, &m_saved);
        rlimit low = m_saved;
        low.rlim_cur = rlim_t(proc::virtualSizeBytes() + extra);
        m_ok = ::setrlimit(RLIMIT_AS, &low) == 0;
    }
    ~AddressSpaceLimit() { ::setrlimit(RLIMIT_AS, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

} // namespace

TEST(MemoryEstimate, PerStrategyExtras)
{
    const StrategyMemory mapped = strategyMemory(u"mapped"_s, 1000, 8000, 0);
    EXPECT_EQ(mapped.resident, 18000); // store + results() copy, with a margin
    EXPECT_EQ(mapped.addressSpace, 24000);
    EXPECT_TRUE(mapped.what.contains(u"result store"_s));
    EXPECT_EQ(strategyMemory(u"chunked"_s, 1000, 8000, 10).resident, 100 * 16);
    EXPECT_EQ(strategyMemory(u"chunked"_s, 1000, 8000, 1).resident, 1000 * 16);
    for (const char *id : {"serial", "inplace", "mapreduce", "threads", "openmp"})
        EXPECT_EQ(strategyMemory(QLatin1String(id), 1000, 8000, 0).addressSpace, 0) << id;
    EXPECT_GT(threadAddressSpace(8), threadAddressSpace(2));
}

TEST(MemoryEstimate, RunNeedsDataReferenceTheLargestStrategyAndThreads)
{
    RunConfig c = tinyConfig(u"fine"_s, 1'000'000, {1, 4}, {"serial", "mapped", "chunked"});
    const MemoryEstimate e = estimateMemory(c);
    EXPECT_EQ(e.input + e.output, 16'000'000); // fine: 8 + 8 bytes per item
    EXPECT_EQ(e.reference, e.output);
    EXPECT_EQ(e.strategy.strategy, u"mapped"_s);
    EXPECT_EQ(e.threads, threadAddressSpace(4));
    EXPECT_EQ(e.resident(), e.input + e.output + e.reference + e.strategy.resident);
    EXPECT_EQ(estimateMemoryBytes(c), e.resident());
    c.strategies = {u"serial"_s, u"inplace"_s};
    EXPECT_EQ(estimateMemory(c).strategy.resident, 0);
}

TEST(MemoryEstimate, RefusalNamesSizePartsLimitAndWhatToDrop)
{
    const RunConfig c = tinyConfig(u"fine"_s, 10'000'000, {1, 2}, {"serial", "mapped"});
    const MemoryEstimate e = estimateMemory(c);
    EXPECT_EQ(checkRunMemory(c, room(-1, {}), room(-1, {})), QString());
    EXPECT_EQ(checkRunMemory(c, room(e.resident(), {}), room(e.addressSpace(), {})), QString());
    // Without mapped it would fit: say so.
    const QString tight =
        checkRunMemory(c, room(e.resident() - 1, u"available memory"_s), room(-1, {}));
    EXPECT_TRUE(tight.startsWith(u"size 10000000 needs about "_s)) << qPrintable(tight);
    EXPECT_TRUE(tight.contains(u"input and output"_s)) << qPrintable(tight);
    EXPECT_TRUE(tight.contains(u"result store"_s)) << qPrintable(tight);
    EXPECT_TRUE(tight.contains(u"but available memory leaves"_s)) << qPrintable(tight);
    EXPECT_TRUE(tight.endsWith(u"lower the size, or leave out mapped"_s)) << qPrintable(tight);
    // The address-space limit also counts the threads' reservations.
    const QString as = checkRunMemory(c, room(-1, {}), room(e.addressSpace() - 1, u"ulimit"_s));
    EXPECT_TRUE(as.contains(u"stacks and malloc arenas"_s)) << qPrintable(as);
    // Nothing fits: no strategy to blame.
    const QString none = checkRunMemory(c, room(1000, u"available memory"_s), room(-1, {}));
    EXPECT_TRUE(none.endsWith(u"lower the size"_s)) << qPrintable(none);
}

TEST(MemoryEstimate, CellIsRefusedWhenRoomShrinksDuringTheRun)
{
    SKIP_UNDER_ASAN();
    // 4M fine items: mapped's store needs ~96 MiB of address space; after the serial cell the
    // limit leaves 24 MiB. The cell must fail as OutOfMemory, not crash, and the run go on.
    RunConfig c = tinyConfig(u"fine"_s, 4'000'000, {1}, {"serial", "mapped"});
    c.reps.repetitions = 1;
    // Cell after cell: the limit drops between the serial cell and mapped's set-up (the
    // interleaved order sets every cell up before the first round).
    c.order = RepetitionOrder::Sequential;
    std::unique_ptr<AddressSpaceLimit> limit;
    Runner::Callbacks cb;
    cb.cellFinished = [&](const RunResult &r) {
        if (r.cells.size() == 1)
            limit = std::make_unique<AddressSpaceLimit>(24 * kMiB);
    };
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel, cb);
    const bool lowered = limit && limit->ok();
    limit.reset();
    ASSERT_TRUE(lowered);
    ASSERT_EQ(r.status, RunStatus::Complete) << qPrintable(r.error);
    ASSERT_EQ(r.cells.size(), 2);
    EXPECT_EQ(r.cells[0].errorKind, CellErrorKind::None);
    EXPECT_EQ(r.cells[1].errorKind, CellErrorKind::OutOfMemory);
    EXPECT_TRUE(r.cells[1].error.startsWith(u"not run: mapped's result store"_s))
        << qPrintable(r.cells[1].error);
    EXPECT_TRUE(r.cells[1].error.contains(u"ulimit -v"_s)) << qPrintable(r.cells[1].error);
}

TEST(MemoryEstimate, ReferenceThatDoesNotFitFailsTheBaselineCleanly)
{
    SKIP_UNDER_ASAN();
    RunConfig c = tinyConfig(u"fine"_s, 4'000'000, {1}, {"serial", "chunked"});
    c.reps.repetitions = 1;
    std::unique_ptr<AddressSpaceLimit> limit;
    Runner::Callbacks cb;
    cb.progress = [&](const Progress &) {
        if (!limit)
            limit = std::make_unique<AddressSpaceLimit>(8 * kMiB); // the output is 32 MB
    };
    CancelToken cancel;
    const RunResult r = Runner::run(c, cancel, cb);
    limit.reset();
    EXPECT_EQ(r.status, RunStatus::Failed);
    ASSERT_EQ(r.cells.size(), 1);
    EXPECT_EQ(r.cells[0].errorKind, CellErrorKind::OutOfMemory);
    EXPECT_TRUE(r.error.contains(u"keeping the serial output as the reference needs about"_s))
        << qPrintable(r.error);
}
