#pragma once

#include "ui/runentry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pb::ui {

/// Keeps the run list between sessions in the user's data folder
/// (QStandardPaths::AppDataLocation/runs): one result JSON per run in the documented format,
/// written atomically, plus index.json with the list's order, labels, ticks and where a run was
/// opened from. Unreadable files are skipped with a note, never deleted.
class RunStore
{
public:
    /// At most this many runs are restored (newest kept); a note says so.
    static constexpr int kMaxRuns = 200;

    /// AppDataLocation/runs.
    static QString defaultFolder();

    explicit RunStore(QString folder = defaultFolder());
    QString folder() const { return m_folder; }

    struct Loaded
    {
        QList<RunEntry> runs; ///< with label, visibility, sourceFile and storeFile set
        QStringList notes;    ///< one line per skipped file or unreadable index
    };
    /// The runs in index order, then result files the index does not list (an index write that
    /// failed must not lose runs).
    Loaded load() const;

    /// Writes entry's result as a new file (or over entry.storeFile) and sets entry.storeFile.
    bool save(RunEntry &entry, QString *error) const;
    /// Deletes the run's file (nothing to do when it was never kept).
    bool remove(const RunEntry &entry, QString *error) const;
    /// Rewrites index.json for the list as it is now.
    bool saveIndex(const QList<RunEntry> &runs, QString *error) const;

private:
    QString uniqueFileName(const RunEntry &entry) const;

    QString m_folder;
};

} // namespace pb::ui
