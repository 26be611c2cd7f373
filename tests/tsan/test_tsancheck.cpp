// The TSan checker: a race in our code fails CI, a Qt-involved report is only listed.
#include "tsanreport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pb::tsan;

namespace {

const char *kOursOnly = R"(==================
WARNING: ThreadSanitizer: data race (pid=42)
  Write of size 4 at 0x7b0400000010 by thread T2:
    #0 pb::RunSession::finishCell(pb::CellResult) ../../core/run/runsession.cpp:242 (parabench-cli+0x5a1b3)
    #1 std::thread::_State_impl<int>::_M_run() /usr/include/c++/12/bits/std_thread.h:211 (parabench-cli+0x5a2c4)
    #2 <null> <null> (libstdc++.so.6+0xd44a2)

  Previous read of size 4 at 0x7b0400000010 by main thread:
    #0 pb::RunSession::run() ../../core/run/runsession.cpp:40 (parabench-cli+0x5a0c1)
    #1 main ../../app/climain.cpp:50 (parabench-cli+0x1234)

  Thread T2 (tid=45, running) created by main thread at:
    #0 pthread_create ../../../../src/libsanitizer/tsan/tsan_interceptors_posix.cpp:969 (libtsan.so.2+0x5ad75)
    #1 QThread::start(QThread::Priority) <null> (libQt6Core.so.6+0x1a6b1c)

SUMMARY: ThreadSanitizer: data race ../../core/run/runsession.cpp:242 in pb::RunSession::finishCell(pb::CellResult)
==================
)";

const char *kWithQt = R"(==================
WARNING: ThreadSanitizer: data race (pid=43)
  Read of size 8 at 0x7b0800000020 by thread T3:
    #0 QArrayDataPointer<char16_t>::ref() /usr/include/x86_64-linux-gnu/qt6/QtCore/qarraydatapointer.h:300 (parabench_ui_tests+0x9a1b3)
    #1 pb::ui::ConfigPanel::config() const ../../ui/configpanel.cpp:300 (parabench_ui_tests+0x9a2c4)

  Previous write of size 8 at 0x7b0800000020 by main thread:
    #0 <null> <null> (libQt6Core.so.6+0x1a6b1c)

SUMMARY: ThreadSanitizer: data race in QArrayDataPointer<char16_t>::ref()
==================
)";

} // namespace

TEST(TsanCheck, FramesAreToldApartByWhoseCodeTheyAre)
{
    EXPECT_EQ(classifyFrame(QStringLiteral("../../core/run/runner.cpp:10"),
                            QStringLiteral("parabench-cli")),
              FrameOwner::Parabench);
    EXPECT_EQ(classifyFrame(QStringLiteral("<null>"), QStringLiteral("libQt6Core.so.6")),
              FrameOwner::Qt);
    EXPECT_EQ(classifyFrame(QStringLiteral("/usr/include/x86_64-linux-gnu/qt6/QtCore/qlist.h:5"),
                            QStringLiteral("parabench")),
              FrameOwner::Qt);
    EXPECT_EQ(classifyFrame(QStringLiteral("/usr/include/c++/12/bits/std_thread.h:211"),
                            QStringLiteral("parabench-cli")),
              FrameOwner::System);
    EXPECT_EQ(classifyFrame(QStringLiteral("<null>"), QStringLiteral("libtsan.so.2")),
              FrameOwner::System);
    EXPECT_EQ(classifyFrame(QStringLiteral("/usr/src/googletest/googletest/src/gtest.cc:1"),
                            QStringLiteral("parabench_core_tests")),
              FrameOwner::System);
    EXPECT_EQ(classifyFrame(QStringLiteral("<null>"), QStringLiteral("libfontconfig.so.1")),
              FrameOwner::Other);
}

TEST(TsanCheck, AReportThroughOurCodeOnlyIsOursEvenIfQtCreatedTheThread)
{
    const QList<Report> reports = parseTsanLog(QString::fromUtf8(kOursOnly));
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0].kind, QStringLiteral("data race"));
    EXPECT_EQ(reports[0].verdict, Verdict::ParabenchOnly);
    EXPECT_EQ(reports[0].frames.size(), 5); // the creation stack is not counted
    EXPECT_TRUE(reports[0].summary.contains(QStringLiteral("finishCell")));
}

TEST(TsanCheck, AQThreadsEntryDoesNotHideARaceInOurCode)
{
    QString log = QString::fromUtf8(kOursOnly);
    log.replace(
        QStringLiteral("    #2 <null> <null> (libstdc++.so.6+0xd44a2)"),
        QStringLiteral("    #2 QThreadCreateThread::run() <null> (libQt6Core.so.6+0x1a)\n"
                       "    #3 QThreadPrivate::start(void*) <null> (libQt6Core.so.6+0x2b)"));
    const QList<Report> reports = parseTsanLog(log);
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0].verdict, Verdict::ParabenchOnly);
}

TEST(TsanCheck, AReportInvolvingQtIsListedNotBlamedOnUs)
{
    const QList<Report> reports =
        parseTsanLog(QString::fromUtf8(kWithQt) + QString::fromUtf8(kOursOnly));
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(reports[0].verdict, Verdict::InvolvesQt);
    EXPECT_EQ(reports[1].verdict, Verdict::ParabenchOnly);
}

// End to end: a real race in a program built here makes the checker fail; no report passes.
TEST(TsanCheck, ARealRaceInOurCodeFailsTheCheck)
{
    QTemporaryDir logs;
    ASSERT_TRUE(logs.isValid());
    QProcess racy;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TSAN_OPTIONS"),
               QStringLiteral("log_path=%1/racy:exitcode=0").arg(logs.path()));
    racy.setProcessEnvironment(env);
    racy.start(QStringLiteral(PARABENCH_TSAN_RACY), {});
    ASSERT_TRUE(racy.waitForStarted(60000)) << qPrintable(racy.errorString());
    ASSERT_TRUE(racy.waitForFinished(60000));

    QProcess check;
    check.start(QStringLiteral(PARABENCH_TSAN_CHECK), {logs.path()});
    ASSERT_TRUE(check.waitForStarted(60000)) << qPrintable(check.errorString());
    ASSERT_TRUE(check.waitForFinished(60000));
    const QString out = QString::fromUtf8(check.readAllStandardOutput());
    EXPECT_EQ(check.exitCode(), 1) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("RACE IN PARABENCH CODE"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("pb::tsantest::bump"))) << qPrintable(out);

    QTemporaryDir empty;
    check.start(QStringLiteral(PARABENCH_TSAN_CHECK), {empty.path()});
    ASSERT_TRUE(check.waitForFinished(60000));
    EXPECT_EQ(check.exitCode(), 0);
}
