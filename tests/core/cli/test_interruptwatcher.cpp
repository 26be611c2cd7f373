// InterruptWatcher in-process: each watched signal cancels the token, names itself, keeps errno,
// and the previous handlers come back afterwards.
#include "core/cli/interruptwatcher.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <thread>

using namespace pb;

namespace {

bool waitForCancel(const CancelToken &token)
{
    QElapsedTimer t;
    t.start();
    while (!token.isCanceled() && t.elapsed() < 5000)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return token.isCanceled();
}

int g_previousCalls = 0;
void previousHandler(int)
{
    ++g_previousCalls;
}

} // namespace

TEST(InterruptWatcher, EachSignalCancelsAndIsNamed)
{
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        CancelToken token;
        InterruptWatcher watcher(token);
        EXPECT_EQ(watcher.signalNumber(), 0);
        errno = EDOM;
        ASSERT_EQ(::raise(signal), 0);
        EXPECT_EQ(errno, EDOM) << "the handler must restore errno";
        EXPECT_TRUE(waitForCancel(token)) << signal;
        EXPECT_EQ(watcher.signalNumber(), signal);
    }
    EXPECT_EQ(InterruptWatcher::signalName(SIGTERM), QStringLiteral("SIGTERM"));
    EXPECT_EQ(InterruptWatcher::signalName(SIGHUP), QStringLiteral("SIGHUP"));
    EXPECT_TRUE(InterruptWatcher::signalName(SIGINT).startsWith(QStringLiteral("SIGINT")));
}

TEST(InterruptWatcher, NoSignalNoCancelAndPreviousHandlersReturn)
{
    struct sigaction mine = {}, saved = {};
    mine.sa_handler = previousHandler;
    sigemptyset(&mine.sa_mask);
    ASSERT_EQ(::sigaction(SIGTERM, &mine, &saved), 0);
    {
        CancelToken token;
        InterruptWatcher watcher(token);
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        EXPECT_FALSE(token.isCanceled());
    } // a leftover stop byte must not cancel the next watcher
    {
        CancelToken token;
        InterruptWatcher watcher(token);
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        EXPECT_FALSE(token.isCanceled());
        EXPECT_EQ(watcher.signalNumber(), 0);
    }
    g_previousCalls = 0;
    ASSERT_EQ(::raise(SIGTERM), 0);
    EXPECT_EQ(g_previousCalls, 1);
    ::sigaction(SIGTERM, &saved, nullptr);
}
