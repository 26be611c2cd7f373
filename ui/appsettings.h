#pragma once

#include "core/model/runconfig.h"

#include <QStringList>

#include <optional>

namespace pb::ui {

/// Persists what the desktop app remembers between launches (QSettings, the application's
/// organization/name): last configuration, window layout, recent files.
class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    /// The saved configuration, or std::nullopt (with *why) when none or unreadable.
    static std::optional<pb::RunConfig> loadConfig(QString *why);
    static void saveConfig(const pb::RunConfig &config);

    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
    /// Moves path to the front, dropping duplicates and the oldest beyond kMaxRecentFiles.
    static QStringList withRecent(QStringList files, const QString &path);

    static QByteArray value(const QString &key);
    static void setValue(const QString &key, const QByteArray &bytes);
};

} // namespace pb::ui
