#pragma once

#include <QString>

namespace pb {

/// Which code was measured when a workload came from a plugin: the plugin's metadata, the file
/// that was loaded and its SHA-256, so a result can be tied to one exact build.
struct PluginProvenance
{
    QString id;         ///< plugin id from its metadata, e.g. "collatz"
    QString name;       ///< display name from its metadata
    QString version;    ///< the plugin's own version, e.g. "1.0.0"
    QString file;       ///< absolute path of the library that was loaded
    QString sha256;     ///< of that file when it was loaded, 64 hex digits
    QString sdkVersion; ///< ParaBench SDK it was built against, e.g. "0.1.0"
    QString buildType;  ///< CMAKE_BUILD_TYPE of the plugin, e.g. "Release"
    QString compiler;   ///< e.g. "GNU 12.2.0"

    bool operator==(const PluginProvenance &) const = default;
};

} // namespace pb
