#pragma once

#include "core/model/runconfig.h"

#include <QStringList>

#include <optional>

namespace pb {

/// Everything parabench-cli was asked to do.
struct CliOptions
{
    RunConfig config;
    bool list = false;
    bool checkMachine = false;
    bool quiet = false; ///< no progress on stderr
    QString stdoutFormat = QStringLiteral("txt");
    QList<QPair<QString, QString>> outputs; ///< (format id, path)
    QStringList plugins;                    ///< --plugin paths (loaded while parsing)
    bool listPlugins = false;
    bool stream = false;  ///< --stream: JSON lines on stdout (core/run/streamprotocol.h)
    QStringList warnings; ///< for stderr: plugins skipped while scanning the plugin folders
};

/// Parses "1,2,4", "1-4", "cores", "2xcores" or a mix ("1,2,cores").
std::optional<QList<int>> parseWorkerList(const QString &text, int cores, QString *error);
/// Parses a chunk sweep: "auto" (powers of two) or a list "64,256,1024".
std::optional<QList<qint64>> parseChunkSweep(const QString &text, qint64 size, int workers,
                                             QString *error);

/// Parses the command line (arguments()[0] is the program). Returns nullopt with *error for bad
/// input; --help and --version are handled by the caller via *helpText / *versionRequested.
std::optional<CliOptions> parseCli(const QStringList &arguments, QString *error, QString *helpText,
                                   bool *versionRequested);

} // namespace pb
