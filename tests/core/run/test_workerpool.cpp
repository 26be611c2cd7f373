// WorkerPool: warm threads that live exactly as long as the pool.
#include "core/run/workerpool.h"
#include "runfixtures.h"

#include <gtest/gtest.h>

using namespace pb;
using pb::test::settledThreadCount;
using pb::test::threadCount;

TEST(WorkerPool, ThreadsExistBeforeTheFirstTaskAndEndWithThePool)
{
    const int before = settledThreadCount(1);
    {
        WorkerPool pool(3);
        ASSERT_TRUE(pool.isReady()) << qPrintable(pool.error());
        // Warm: the three threads were created by the constructor, not by the first run.
        EXPECT_EQ(threadCount(), before + 3);
        EXPECT_EQ(pool.pool()->maxThreadCount(), 3);
        EXPECT_EQ(pool.pool()->expiryTimeout(), -1);
    }
    EXPECT_EQ(settledThreadCount(before), before);
}
