#pragma once

#include "ui/runentry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pb::ui {

/// A file name for a run's export: the label made safe ("primes 30k · w1,2 #2" ->
/// "primes-30k-w1-2-2.json"), unique in dir and among `taken` (a "-2", "-3"... suffix), so
/// an export never replaces a file.
QString exportFileName(const QString &label, const QString &extension, const QString &dir,
                       QStringList *taken);

/// Writes each run into dir in a format ("json", "csv", "md", "gbench"), one file per run,
/// each atomically. All or nothing: when one fails, the files written before it are removed
/// and *error says which run failed and why. *written lists the files on success.
bool exportRunsToFolder(const QList<RunEntry> &runs, const QString &dir, const QString &formatId,
                        QStringList *written, QString *error);

} // namespace pb::ui
