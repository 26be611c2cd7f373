// RunList: a run's status in the list comes from the cells' error kinds.
#include "ui/runlist.h"

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;

namespace {

RunEntry entryWith(CellErrorKind kind)
{
    RunEntry e;
    CellResult c;
    c.strategy = QStringLiteral("mapped");
    c.errorKind = kind;
    if (kind != CellErrorKind::None)
        c.error = QStringLiteral("specific message");
    e.result.cells = {CellResult{}, c};
    return e;
}

} // namespace

TEST(RunList, StatusNamesVerificationOnlyForMismatches)
{
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::None)), QStringLiteral("complete"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::Verification)),
              QStringLiteral("verification failed"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::OutOfMemory)),
              QStringLiteral("cell failed"));
    EXPECT_EQ(RunList::statusText(entryWith(CellErrorKind::Kernel)), QStringLiteral("cell failed"));
    RunEntry live = entryWith(CellErrorKind::Kernel);
    live.live = true;
    EXPECT_EQ(RunList::statusText(live), QStringLiteral("running"));
}
