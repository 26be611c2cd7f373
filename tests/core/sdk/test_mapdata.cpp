// MapData (public SDK): verification of per-item and reduced outputs.
#include "core/run/registry.h"
#include "core/workloads/fine.h"

#include <parabench/mapdata.h>

#include <QThreadPool>

#include <gtest/gtest.h>

using namespace pb;

TEST(MapReduceVerification, FloatingPointSumCatchesOneMissingItem)
{
    // A million ~1.0 values: the old relative tolerance (1e-12 n) let a whole item vanish.
    QString error;
    auto data = findWorkload(QStringLiteral("fine"))->prepare(1'000'000, {}, &error);
    ASSERT_TRUE(data) << qPrintable(error);
    auto *fine = dynamic_cast<FineData *>(data.get());
    ASSERT_NE(fine, nullptr);
    fine->computeRange(0, fine->size());
    const double dropped = fine->output().back();
    fine->output().back() = 0.0; // the reference now lacks one item's contribution
    fine->keepAsReference();
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    CancelToken cancel;
    qint64 ns = 0;
    ASSERT_TRUE(fine->runMapReduce(&pool, cancel, &ns));
    const VerifyResult v = fine->verifyReduction();
    EXPECT_FALSE(v.ok) << "a difference of " << dropped << " passed";
    EXPECT_TRUE(v.message.contains(QStringLiteral("reduction"))) << qPrintable(v.message);

    // The honest reference passes: only rounding differs between summation orders.
    fine->computeRange(0, fine->size());
    fine->keepAsReference();
    ASSERT_TRUE(fine->runMapReduce(&pool, cancel, &ns));
    EXPECT_TRUE(fine->verifyReduction().ok) << qPrintable(fine->verifyReduction().message);
}
