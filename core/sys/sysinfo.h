#pragma once

#include "core/model/result.h"

namespace pb {

/// Collects CPU, build, Qt, host and load facts. Never fails: unreadable facts are "unknown"
/// (strings) or -1 / 0 (numbers).
SystemInfo collectSystemInfo();

/// "GCC 12.2.0", "Clang 14.0.6", ...
QString compilerName();
/// True when built with ASan/UBSan or TSan (PARABENCH_SANITIZED).
bool isSanitizedBuild();
/// CMAKE_BUILD_TYPE of this build.
QString buildTypeName();
/// True for build types whose timings mean something: Release, RelWithDebInfo, MinSizeRel
/// (any case).
bool isOptimizedBuildType(const QString &buildType);
QString parabenchVersion();

} // namespace pb
