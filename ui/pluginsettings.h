#pragma once

#include <QString>
#include <QStringList>

namespace pb::ui {

/// What the app remembers about workload plugins (QSettings): the files it loaded, the one it
/// was loading when it last stopped (a plugin that crashed the app while loading is then
/// skipped), and whether every workload, not only plugin ones, runs in a child process.
class PluginSettings
{
public:
    static QStringList files();
    static void setFiles(const QStringList &files);
    /// Adds file (once, at the end).
    static void remember(const QString &file);

    /// The file being loaded right now; empty when none. Set before loading, cleared after.
    static QString loading();
    static void setLoading(const QString &file);

    static bool separateProcessForAll();
    static void setSeparateProcessForAll(bool on);
};

} // namespace pb::ui
