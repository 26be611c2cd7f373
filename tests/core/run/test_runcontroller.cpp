// RunController: the runner on its own thread, cancel on destruction.
#include "core/run/runcontroller.h"
#include "runfixtures.h"

#include <QThread>

#include <gtest/gtest.h>

#include <thread>

using namespace pb;
using pb::test::tinyConfig;

TEST(RunController, RunsOffTheCallingThreadAndCancelsOnDestruction)
{
    RunResult finished;
    Qt::HANDLE runnerThread = nullptr;
    {
        RunController controller;
        QObject::connect(
            &controller, &RunController::finished, &controller,
            [&](const RunResult &r) {
                finished = r;
                runnerThread = QThread::currentThreadId();
            },
            Qt::DirectConnection);
        QString error;
        ASSERT_TRUE(controller.start(
            tinyConfig(QStringLiteral("primes"), 200, {1, 2}, {"serial", "chunked"}), &error))
            << qPrintable(error);
        EXPECT_FALSE(
            controller.start(tinyConfig(QStringLiteral("primes"), 200, {1}, {"serial"}), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("already")));
        controller.wait();
        EXPECT_FALSE(controller.isRunning());
    }
    EXPECT_EQ(finished.status, RunStatus::Complete);
    EXPECT_NE(runnerThread, QThread::currentThreadId());

    RunResult canceled;
    {
        RunController controller;
        QObject::connect(
            &controller, &RunController::finished, &controller,
            [&](const RunResult &r) { canceled = r; }, Qt::DirectConnection);
        RunConfig slow = tinyConfig(QStringLiteral("spin"), 100000, {2}, {"serial", "mapped"});
        slow.params = {{QStringLiteral("us_per_item"), 100.0}};
        QString error;
        ASSERT_TRUE(controller.start(slow, &error)) << qPrintable(error);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } // destructor cancels and joins
    EXPECT_EQ(canceled.status, RunStatus::Canceled);
}

TEST(RunController, RefusesInvalidConfig)
{
    RunController controller;
    QString error;
    EXPECT_FALSE(
        controller.start(tinyConfig(QStringLiteral("primes"), 10, {0}, {"serial"}), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("at least 1")));
    EXPECT_FALSE(controller.isRunning());
}
