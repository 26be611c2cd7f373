#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace pb {

/// One result file parabench-cli was asked to write: the option that names it and the path.
struct OutputFile
{
    QString option; ///< "--json", "--csv", "--md"
    QString path;
};

/// Checks the output files before anything runs. Returns an empty string when they can be
/// written, else one message: an empty name ("empty file name for --json"), a target that is not
/// a regular file (FIFO, device, directory, socket: refused, never replaced), a missing
/// directory, or two options naming the same file — however spelled (out/./x.json, a symbolic
/// or hard link: compared by device and inode when the file exists, by canonical directory and
/// name when it does not).
QString checkOutputFiles(const QList<OutputFile> &files);

/// True when a and b name the same file (see checkOutputFiles).
bool sameFile(const QString &a, const QString &b);

} // namespace pb
