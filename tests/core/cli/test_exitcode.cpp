// exitCodeFor: 4 only for a verification mismatch, decided by the cell's error kind.
#include "core/cli/exitcode.h"

#include <gtest/gtest.h>

using namespace pb;

namespace {

RunResult withCells(const QList<CellErrorKind> &kinds)
{
    RunResult r;
    for (CellErrorKind k : kinds) {
        CellResult c;
        c.strategy = QStringLiteral("mapped");
        c.errorKind = k;
        if (k != CellErrorKind::None)
            c.error = QStringLiteral("something specific");
        r.cells.append(c);
    }
    return r;
}

} // namespace

TEST(ExitCode, RunStatusComesFirst)
{
    EXPECT_EQ(exitCodeFor(withCells({CellErrorKind::None})), ExitOk);
    RunResult canceled = withCells({CellErrorKind::Verification});
    canceled.status = RunStatus::Canceled;
    EXPECT_EQ(exitCodeFor(canceled), ExitCanceled);
    RunResult failed = withCells({CellErrorKind::Verification});
    failed.status = RunStatus::Failed;
    EXPECT_EQ(exitCodeFor(failed), ExitRunFailed);
}

TEST(ExitCode, FourOnlyForVerificationMismatches)
{
    EXPECT_EQ(exitCodeFor(withCells({CellErrorKind::None, CellErrorKind::Verification})),
              ExitVerifyFailed);
    EXPECT_EQ(exitCodeFor(withCells({CellErrorKind::Kernel, CellErrorKind::Verification})),
              ExitVerifyFailed);
    for (CellErrorKind k :
         {CellErrorKind::Kernel, CellErrorKind::OutOfMemory, CellErrorKind::ThreadStart,
          CellErrorKind::Crashed, CellErrorKind::Engine, CellErrorKind::Canceled})
        EXPECT_EQ(exitCodeFor(withCells({CellErrorKind::None, k})), ExitRunFailed)
            << qPrintable(cellErrorKindName(k));
    // The kind decides, not the text.
    RunResult r = withCells({CellErrorKind::Kernel});
    r.cells[0].error = QStringLiteral("verification failed: looks like one, is not");
    EXPECT_EQ(exitCodeFor(r), ExitRunFailed);
}
