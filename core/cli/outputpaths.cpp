#include "core/cli/outputpaths.h"

#include "core/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace pb {
namespace {

/// What identifies the file a path names: device and inode when it exists, else the canonical
/// directory plus the file name.
struct FileIdentity
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    QString canonical;
};

FileIdentity identify(const QString &path)
{
    FileIdentity id;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.exists = true;
        id.device = st.st_dev;
        id.inode = st.st_ino;
        return id;
    }
    const QFileInfo info(path);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    id.canonical = (dir.isEmpty() ? QDir::cleanPath(info.absolutePath()) : dir) + QLatin1Char('/') +
                   info.fileName();
    return id;
}

} // namespace

bool sameFile(const QString &a, const QString &b)
{
    const FileIdentity x = identify(a), y = identify(b);
    if (x.exists != y.exists)
        return false;
    if (x.exists)
        return x.device == y.device && x.inode == y.inode;
    return x.canonical == y.canonical;
}

QString checkOutputFiles(const QList<OutputFile> &files)
{
    for (const OutputFile &f : files) {
        if (f.path.isEmpty())
            return QStringLiteral("empty file name for %1").arg(f.option);
        if (const QString why = checkReplaceableFile(f.path); !why.isEmpty())
            return QStringLiteral("%1: %2").arg(f.option, why);
        const QFileInfo dir(QFileInfo(f.path).absolutePath());
        if (!QFileInfo::exists(f.path) &&
            ::access(QFile::encodeName(dir.absoluteFilePath()).constData(), W_OK | X_OK) != 0)
            return QStringLiteral("%1: cannot write %2: directory %3 is not writable")
                .arg(f.option, f.path, dir.absoluteFilePath());
    }
    for (qsizetype i = 0; i < files.size(); ++i)
        for (qsizetype j = i + 1; j < files.size(); ++j)
            if (sameFile(files[i].path, files[j].path))
                return QStringLiteral("%1 %2 and %3 %4 name the same file; give each output its "
                                      "own file")
                    .arg(files[i].option, files[i].path, files[j].option, files[j].path);
    return {};
}

} // namespace pb
