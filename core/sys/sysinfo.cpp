#include "core/sys/sysinfo.h"

#include "core/sys/procstats.h"

#include <QSysInfo>
#include <QThread>
#include <QtGlobal>

// Defined by core/CMakeLists.txt; defaults keep the file compiling outside CMake.
#ifndef PARABENCH_BUILD_TYPE
#define PARABENCH_BUILD_TYPE "unknown"
#endif
#ifndef PARABENCH_VERSION
#define PARABENCH_VERSION "unknown"
#endif

#define PB_STR2(x) #x
#define PB_STR(x) PB_STR2(x)

namespace pb {

QString compilerName()
{
#if defined(__clang__)
    return QStringLiteral("Clang " PB_STR(__clang_major__) "." PB_STR(__clang_minor__) "." PB_STR(
        __clang_patchlevel__));
#elif defined(__GNUC__)
    return QStringLiteral(
        "GCC " PB_STR(__GNUC__) "." PB_STR(__GNUC_MINOR__) "." PB_STR(__GNUC_PATCHLEVEL__));
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC " PB_STR(_MSC_VER));
#else
    return QStringLiteral("unknown");
#endif
}

bool isSanitizedBuild()
{
#if defined(PARABENCH_SANITIZED) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

QString buildTypeName()
{
    const QString type = QStringLiteral(PARABENCH_BUILD_TYPE);
    // An empty CMAKE_BUILD_TYPE means no optimisation flags at all: say so instead of "".
    return type.isEmpty() ? QStringLiteral("none") : type;
}

bool isOptimizedBuildType(const QString &buildType)
{
    const QString t = buildType.toLower();
    return t == QLatin1String("release") || t == QLatin1String("relwithdebinfo") ||
           t == QLatin1String("minsizerel");
}

QString parabenchVersion()
{
    return QStringLiteral(PARABENCH_VERSION);
}

SystemInfo collectSystemInfo()
{
    SystemInfo info;
    info.cpuModel = proc::cpuModel();
    info.logicalCores = QThread::idealThreadCount();
    info.qtVersion = QString::fromLatin1(qVersion());
    info.compiler = compilerName();
    info.buildType = buildTypeName();
    info.sanitized = isSanitizedBuild();
    info.parabenchVersion = parabenchVersion();
    info.hostname = QSysInfo::machineHostName();
    if (info.hostname.isEmpty())
        info.hostname = QStringLiteral("unknown");
    info.os = QStringLiteral("%1 (%2 %3, %4)")
                  .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                       QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    info.cpuGovernor = proc::cpuGovernor();
    info.loadAverage1 = proc::loadAverage1();
    info.cpuBusyBeforeRun = proc::cpuBusyFraction(200);
    info.totalMemoryBytes = proc::totalMemoryBytes();
    info.availableMemoryBytes = proc::availableMemoryBytes();
    // Milliseconds are kept: the JSON stores ISO 8601 with milliseconds, so they round-trip.
    info.date = QDateTime::currentDateTimeUtc();
    return info;
}

} // namespace pb
