#include "core/cli/comparecommand.h"

#include "core/cli/console.h"
#include "core/cli/exitcode.h"
#include "core/compare/comparer.h"
#include "core/compare/comparisonwriters.h"
#include "core/io/resultfiles.h"
#include "core/io/resultio.h"

#include <QFileInfo>

namespace pb {
namespace {

/// Every file, or nullopt after printing why the first bad one is refused. report also takes
/// folders: every result in them, the other files skipped and listed on stderr.
std::optional<QList<LoadedResult>> loadAll(const SubcommandOptions &opts)
{
    QList<LoadedResult> out;
    for (const QString &path : opts.files) {
        QString error;
        if (opts.command == SubcommandOptions::Command::Report && QFileInfo(path).isDir()) {
            const auto folder = loadResultFolder(path, opts.scaling, &error);
            if (!folder) {
                printError(QStringLiteral("parabench-cli: %1").arg(error));
                return std::nullopt;
            }
            for (const auto &[name, why] : folder->skipped)
                printError(QStringLiteral("parabench-cli: skipped %1: %2").arg(name, why));
            out += folder->results;
            continue;
        }
        std::optional<LoadedResult> r = loadResultFile(path, opts.scaling, &error);
        if (!r) {
            printError(QStringLiteral("parabench-cli: %1").arg(error));
            return std::nullopt;
        }
        out.append(*r);
    }
    return out;
}

/// A Google Benchmark thread sweep without counters: say which reading was used.
void noteScaling(const SubcommandOptions &opts, const QList<LoadedResult> &loaded)
{
    for (const LoadedResult &r : loaded)
        if (r.scalingMatters && !opts.scalingGiven)
            printError(QStringLiteral("parabench-cli: note: %1 has thread sweeps without "
                                      "items_per_second; speedups assume a fixed total split "
                                      "across threads (--scaling split); use --scaling "
                                      "per-thread when each thread does the whole work")
                           .arg(r.path));
}

QString mixedFormats(const QList<LoadedResult> &loaded)
{
    for (const LoadedResult &r : loaded)
        if (r.format != loaded.first().format)
            return QStringLiteral("cannot compare %1 (%2) with %3 (%4): the files must have one "
                                  "format (parabench-cli --gbench-json writes a ParaBench run as "
                                  "Google Benchmark JSON)")
                .arg(loaded.first().path, resultFileFormatName(loaded.first().format), r.path,
                     resultFileFormatName(r.format));
    return {};
}

} // namespace

int runCompareCommand(const SubcommandOptions &opts)
{
    const std::optional<QList<LoadedResult>> loaded = loadAll(opts);
    if (!loaded)
        return ExitUsage;
    if (const QString mixed = mixedFormats(*loaded); !mixed.isEmpty()) {
        printError(QStringLiteral("parabench-cli: %1").arg(mixed));
        return ExitUsage;
    }
    noteScaling(opts, *loaded);
    const LoadedResult &base = loaded->first();
    QList<Comparison> comparisons;
    for (qsizetype i = 1; i < loaded->size(); ++i) {
        const LoadedResult &next = loaded->at(i);
        Comparison c = compareResults(base.result, next.result, opts.compare, base.path, next.path);
        if (const QString why = noCommonCellsReason(c, base.result, next.result); !why.isEmpty()) {
            printError(QStringLiteral("parabench-cli: nothing to compare between %1 and %2: %3")
                           .arg(base.path, next.path, why));
            return ExitUsage;
        }
        comparisons.append(c);
    }
    printOutput(*writeComparisons(opts.stdoutFormat, comparisons, opts.compare));
    for (const auto &[format, path] : opts.outputs) {
        QString error;
        if (!writeFileAtomically(path, *writeComparisons(format, comparisons, opts.compare),
                                 &error)) {
            printError(QStringLiteral("parabench-cli: %1").arg(error));
            return ExitOutputFailed;
        }
    }
    int failures = 0;
    for (const Comparison &c : comparisons)
        failures += c.gateFailures();
    return failures > 0 ? ExitRegression : ExitOk;
}

int runReportCommand(const SubcommandOptions &opts)
{
    const std::optional<QList<LoadedResult>> loaded = loadAll(opts);
    if (!loaded)
        return ExitUsage;
    noteScaling(opts, *loaded);
    const QString format = opts.stdoutFormat.toLower();
    if (loaded->size() > 1 && format != QLatin1String("txt") && format != QLatin1String("md")) {
        printError(QStringLiteral("parabench-cli: --format %1 prints one document, and %2 "
                                  "results were given (txt and md print several)")
                       .arg(opts.stdoutFormat)
                       .arg(loaded->size()));
        return ExitUsage;
    }
    const ResultWriter *writer = writerFor(opts.stdoutFormat);
    QByteArray out;
    for (qsizetype i = 0; i < loaded->size(); ++i) {
        if (loaded->size() > 1)
            out += (i > 0 ? "\n" : "") + QStringLiteral("== %1\n").arg(loaded->at(i).path).toUtf8();
        out += writer->write(loaded->at(i).result);
    }
    printOutput(out);
    return ExitOk;
}

int runSubcommand(const QStringList &arguments)
{
    QString error, help;
    const std::optional<SubcommandOptions> opts = parseSubcommand(arguments, &error, &help);
    if (!help.isEmpty()) {
        printOutput(help.toUtf8());
        return ExitOk;
    }
    if (!opts) {
        printError(QStringLiteral("parabench-cli %1: %2").arg(arguments.value(1), error));
        return ExitUsage;
    }
    return opts->command == SubcommandOptions::Command::Compare ? runCompareCommand(*opts)
                                                                : runReportCommand(*opts);
}

} // namespace pb
