// SystemInfo: the machine and build facts stored with every result.
#include "core/sys/sysinfo.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace pb;

TEST(SystemInfo, FieldsAreFilled)
{
    const SystemInfo info = collectSystemInfo();
    EXPECT_EQ(info.logicalCores, QThread::idealThreadCount());
    EXPECT_FALSE(info.cpuModel.isEmpty());
    EXPECT_EQ(info.qtVersion, QString::fromLatin1(qVersion()));
    EXPECT_FALSE(info.compiler.isEmpty());
    EXPECT_NE(info.compiler, QStringLiteral("unknown"));
    EXPECT_FALSE(info.buildType.isEmpty());
    EXPECT_FALSE(info.parabenchVersion.isEmpty());
    EXPECT_FALSE(info.hostname.isEmpty());
    EXPECT_FALSE(info.os.isEmpty());
    EXPECT_FALSE(info.cpuGovernor.isEmpty());
    EXPECT_GT(info.totalMemoryBytes, 0);
    EXPECT_TRUE(info.date.isValid());
    EXPECT_EQ(info.date.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(info.date.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(info.sanitized, isSanitizedBuild());
}

TEST(SystemInfo, CompilerNameMatchesMacros)
{
#if defined(__clang__)
    EXPECT_TRUE(compilerName().startsWith(QStringLiteral("Clang ")));
#elif defined(__GNUC__)
    EXPECT_EQ(
        compilerName(),
        QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__));
#endif
}
