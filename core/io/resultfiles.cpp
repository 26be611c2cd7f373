#include "core/io/resultfiles.h"

#include "core/io/jsonfile.h"
#include "core/io/resultio.h"
#include "core/stats/analysis.h"

#include <QDir>
#include <QFileInfo>

namespace pb {

QString resultFileFormatName(ResultFileFormat f)
{
    return f == ResultFileFormat::Parabench ? QStringLiteral("ParaBench JSON")
                                            : QStringLiteral("Google Benchmark JSON");
}

std::optional<LoadedResult> loadResultFile(const QString &path, ThreadScaling scaling,
                                           QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    const std::optional<QJsonObject> root = readJsonObjectFile(path, err);
    if (!root)
        return std::nullopt;
    LoadedResult out;
    out.path = path;
    QString why;
    if (isGbenchDocument(*root)) {
        out.format = ResultFileFormat::GoogleBenchmark;
        const std::optional<GbenchFile> file = parseGbench(*root, &why);
        if (!file) {
            *err = QStringLiteral("%1: not a valid Google Benchmark file: %2").arg(path, why);
            return std::nullopt;
        }
        const GbenchImport imported = importGbench(*file, scaling);
        out.result = imported.result;
        out.hasThreadSweep = imported.hasThreadSweep;
        out.scalingMatters = imported.scalingMatters;
        out.aggregatesOnly = imported.aggregatesOnly;
        return out;
    }
    std::optional<RunResult> result = fromJson(*root, &why);
    if (!result) {
        *err = path + QStringLiteral(": ") + why;
        return std::nullopt;
    }
    reanalyzeLoaded(*result); // this build's fits and warnings, as readResultFile
    out.result = *result;
    return out;
}

std::optional<FolderLoad> loadResultFolder(const QString &dir, ThreadScaling scaling,
                                           QString *error)
{
    const QFileInfo info(dir);
    if (!info.exists() || !info.isDir()) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(dir, info.exists() ? QStringLiteral("not a folder")
                                             : QStringLiteral("it does not exist"));
        return std::nullopt;
    }
    const QDir d(dir);
    if (!info.isReadable()) {
        *error = QStringLiteral("cannot open %1: the folder is not readable").arg(dir);
        return std::nullopt;
    }
    FolderLoad out;
    const QFileInfoList entries =
        d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &f : entries) {
        if (f.isDir()) {
            out.skipped.append({f.fileName(), QStringLiteral("a folder (not searched)")});
            continue;
        }
        QString why;
        if (std::optional<LoadedResult> r = loadResultFile(f.filePath(), scaling, &why)) {
            out.results.append(*r);
        } else {
            out.skipped.append({f.fileName(), why});
        }
    }
    return out;
}

} // namespace pb
