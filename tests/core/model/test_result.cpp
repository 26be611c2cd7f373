// Result value types: names of enums as stored in files.
#include "core/model/result.h"

#include <gtest/gtest.h>

using namespace pb;

TEST(RunStatusNames, RoundTripAndRejectUnknown)
{
    EXPECT_EQ(runStatusName(RunStatus::Complete), QStringLiteral("complete"));
    EXPECT_EQ(runStatusName(RunStatus::Canceled), QStringLiteral("canceled"));
    EXPECT_EQ(runStatusName(RunStatus::Failed), QStringLiteral("failed"));
    for (RunStatus s : {RunStatus::Complete, RunStatus::Canceled, RunStatus::Failed})
        EXPECT_EQ(runStatusFromName(runStatusName(s)), s);
    EXPECT_FALSE(runStatusFromName(QStringLiteral("Complete")).has_value());
    EXPECT_FALSE(runStatusFromName(QString()).has_value());
}

TEST(CellErrorKindNames, RoundTripDistinctAndRejectUnknown)
{
    QStringList names;
    for (CellErrorKind k :
         {CellErrorKind::None, CellErrorKind::Kernel, CellErrorKind::OutOfMemory,
          CellErrorKind::Verification, CellErrorKind::Canceled, CellErrorKind::ThreadStart,
          CellErrorKind::Crashed, CellErrorKind::Engine}) {
        EXPECT_EQ(cellErrorKindFromName(cellErrorKindName(k)), k);
        names << cellErrorKindName(k);
    }
    EXPECT_EQ(names.join(QLatin1Char(' ')),
              QStringLiteral("none kernel-error out-of-memory verification-mismatch canceled "
                             "thread-start crashed engine-error"));
    EXPECT_FALSE(cellErrorKindFromName(QStringLiteral("Kernel")).has_value());
}
