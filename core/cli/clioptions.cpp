#include "core/cli/clioptions.h"

#include "core/cli/optionrules.h"
#include "core/cli/outputpaths.h"
#include "core/io/resultio.h"
#include "core/model/sizeparse.h"
#include "core/run/autochunk.h"
#include "core/run/plugins.h"
#include "core/run/registry.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QThread>

#include <cmath>
#include <limits>

namespace pb {
namespace {

/// A QCommandLineOption from literals (names, description, value name, default value).
QCommandLineOption option(std::initializer_list<const char *> names, const char *description,
                          const char *valueName = "", const char *defaultValue = "")
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    QCommandLineOption o(list, QString::fromUtf8(description), QString::fromLatin1(valueName));
    if (*defaultValue)
        o.setDefaultValue(QString::fromLatin1(defaultValue));
    return o;
}

struct Opts
{
    QCommandLineOption workload =
        option({"w", "workload"}, "Workload id (see --list).", "id", "primes");
    QCommandLineOption size =
        option({"n", "size"},
               "Items: 30000, 10M, 1e6 (default: the workload's). A size sweep: a list "
               "1k,10k,100k or log:1e3:1e7:9 (9 log-spaced sizes); each size is a full "
               "experiment.",
               "items");
    QCommandLineOption order =
        option({"order"},
               "Order of the repetitions: interleaved (rounds of one repetition per cell in a "
               "seeded random order; default) or sequential (cell after cell).",
               "order");
    QCommandLineOption warmupEach =
        option({"warmup-each"}, "Interleaved order: one untimed run of the same cell right "
                                "before each timed one (its own cache state; doubles run time).");
    QCommandLineOption seed = option(
        {"seed"}, "Seed of the interleaved order (default: a new one, recorded in the result).",
        "number");
    QCommandLineOption workers =
        option({"j", "workers"},
               "Worker counts: 1,2,4 or 1-8 or cores or 2xcores (default 1-cores).", "list");
    QCommandLineOption strategy = option(
        {"s", "strategy"}, "Strategies, comma-separated (default serial,mapped,chunked).", "list");
    QCommandLineOption reps = option(
        {"r", "reps"}, "Timed repetitions per cell (adaptive: minimum; default 5).", "count", "5");
    QCommandLineOption warmup =
        option({"warmup"}, "Untimed warm-up runs per cell (default 1).", "count", "1");
    QCommandLineOption warmupTime =
        option({"warmup-time"}, "Also warm up until this many seconds passed.", "sec", "0");
    QCommandLineOption adaptive =
        option({"adaptive"}, "Repeat until the median's 95% CI is narrow enough.");
    QCommandLineOption ci =
        option({"ci"}, "Adaptive target: CI width in % of the median (default 2).", "percent", "2");
    QCommandLineOption maxReps =
        option({"max-reps"}, "Adaptive: most repetitions per cell (default 50).", "count", "50");
    QCommandLineOption budget =
        option({"budget"}, "Adaptive: seconds of timed runs per cell (default 10).", "sec", "10");
    QCommandLineOption chunk =
        option({"chunk"}, "Items per chunk for 'chunked' (0 = automatic).", "items", "0");
    QCommandLineOption sweep =
        option({"sweep"},
               "Granularity sweep of 'chunked' at the first worker count: "
               "'auto' (1, 4, 16, ... up to size/workers) or a list of chunk sizes.",
               "sizes");
    QCommandLineOption param =
        option({"p", "param"}, "Workload parameter key=value (e.g. us_per_item=5).", "key=value");
    QCommandLineOption noVerify = option({"no-verify"}, "Skip comparing outputs with serial.");
    QCommandLineOption json =
        option({"json"}, "Write the full result (all samples) as JSON.", "file");
    QCommandLineOption csv = option({"csv"}, "Write one CSV row per cell.", "file");
    QCommandLineOption md = option({"md"}, "Write a Markdown report.", "file");
    QCommandLineOption gbench =
        option({"gbench-json"}, "Write Google Benchmark JSON (for its tools/compare.py).", "file");
    QCommandLineOption format = option(
        {"format"}, "Standard output format: txt (default), json, csv, md, gbench.", "fmt", "txt");
    QCommandLineOption quiet = option({"q", "quiet"}, "No progress on stderr.");
    QCommandLineOption list = option({"list"}, "List workloads and strategies, then exit.");
    QCommandLineOption plugin = option(
        {"plugin"}, "Load a workload plugin (a .so file, or every .so in a folder); repeatable.",
        "path");
    QCommandLineOption noPluginScan =
        option({"no-plugin-scan"}, "Load only the plugins given with --plugin, not those in "
                                   "PARABENCH_PLUGIN_PATH or the plugin folders.");
    QCommandLineOption listPlugins =
        option({"list-plugins"}, "List the plugin folders and the loaded plugins (file, version, "
                                 "SHA-256, SDK), then exit.");
    QCommandLineOption stream = option(
        {"stream"}, "Write progress, each finished cell and the final result to standard output as "
                    "JSON lines, for a program running parabench-cli (docs/plugins.md); no files.");
    QCommandLineOption checkMachine =
        option({"check-machine"}, "Calibrate: measure dispatch overhead and scaling with the "
                                  "spin workload and give a verdict.");
};

template <class T>
std::optional<T> parseNumber(const QCommandLineParser &p, const QCommandLineOption &o,
                             const QString &what, QString *error)
{
    bool ok = false;
    const QString text = p.value(o).trimmed();
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || (std::is_integral_v<T> && v != std::floor(v)) ||
        std::abs(v) > 1e15) {
        *error = QStringLiteral("%1: \"%2\" is not a valid number").arg(what, text);
        return std::nullopt;
    }
    // Converting an out-of-range double to an integer is undefined: refuse it first.
    if (std::is_integral_v<T> && (v > double(std::numeric_limits<T>::max()) ||
                                  v < double(std::numeric_limits<T>::lowest()))) {
        *error = QStringLiteral("%1: %2 is too large").arg(what, text);
        return std::nullopt;
    }
    return T(v);
}

bool parseParams(const QStringList &items, QVariantMap *params, QString *error)
{
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("--param \"%1\": expected key=value").arg(item);
            return false;
        }
        // Text: the workload's declaration decides the type (resolveParams).
        params->insert(item.left(eq).trimmed(), item.mid(eq + 1));
    }
    return true;
}

/// The strategies as asked for (or the default); a sweep later replaces them.
QStringList askedStrategies(const QCommandLineParser &p, const Opts &o)
{
    QStringList list = p.isSet(o.strategy)
                           ? p.value(o.strategy).split(QLatin1Char(','), Qt::SkipEmptyParts)
                           : QStringList{QStringLiteral("serial"), QStringLiteral("mapped"),
                                         QStringLiteral("chunked")};
    for (QString &s : list)
        s = s.trimmed();
    return list;
}

bool parseOrder(const QCommandLineParser &p, const Opts &o, RunConfig &c, QString *error)
{
    if (p.isSet(o.order)) {
        const QString order = p.value(o.order).trimmed().toLower();
        if (order == QLatin1String("interleaved"))
            c.order = RepetitionOrder::Interleaved;
        else if (order == QLatin1String("sequential"))
            c.order = RepetitionOrder::Sequential;
        else {
            *error = QStringLiteral("--order \"%1\": expected interleaved or sequential")
                         .arg(p.value(o.order));
            return false;
        }
    }
    c.warmupEachRep = p.isSet(o.warmupEach);
    if (c.order == RepetitionOrder::Sequential && (p.isSet(o.seed) || c.warmupEachRep)) {
        *error = QStringLiteral("--%1 has no effect with --order sequential: it applies to the "
                                "interleaved order")
                     .arg(p.isSet(o.seed) ? QStringLiteral("seed") : QStringLiteral("warmup-each"));
        return false;
    }
    if (!p.isSet(o.seed))
        return true;
    bool ok = false;
    const QString text = p.value(o.seed).trimmed();
    const qulonglong seed = text.toULongLong(&ok);
    if (!ok || seed < 1 || seed > (quint64(1) << 53) - 1) {
        *error = QStringLiteral("--seed \"%1\": expected a whole number from 1 to %2")
                     .arg(text)
                     .arg((quint64(1) << 53) - 1);
        return false;
    }
    c.seed = seed;
    return true;
}

bool parseRunOptions(const QCommandLineParser &p, const Opts &o, CliOptions &out, QString *error)
{
    RunConfig &c = out.config;
    c.workload = p.value(o.workload);
    const Workload *workload = findWorkload(c.workload);
    if (!workload) {
        *error = QStringLiteral("unknown workload \"%1\"; valid: %2")
                     .arg(c.workload, workloadIds().join(QStringLiteral(", ")));
        return false;
    }
    const int cores = std::max(1, QThread::idealThreadCount());
    if (p.isSet(o.size)) {
        auto sizes = parseSizeList(p.value(o.size), error);
        if (!sizes)
            return false;
        setMeasuredSizes(c, *sizes);
    } else {
        c.size = workload->defaultSize();
    }
    auto workers = parseWorkerList(
        p.isSet(o.workers) ? p.value(o.workers) : QStringLiteral("1-cores"), cores, error);
    if (!workers)
        return false;
    c.workers = *workers;
    c.strategies = askedStrategies(p, o);
    auto reps = parseNumber<int>(p, o.reps, QStringLiteral("--reps"), error);
    auto warm = parseNumber<int>(p, o.warmup, QStringLiteral("--warmup"), error);
    auto warmSec = parseNumber<double>(p, o.warmupTime, QStringLiteral("--warmup-time"), error);
    auto ci = parseNumber<double>(p, o.ci, QStringLiteral("--ci"), error);
    auto maxReps = parseNumber<int>(p, o.maxReps, QStringLiteral("--max-reps"), error);
    auto budget = parseNumber<double>(p, o.budget, QStringLiteral("--budget"), error);
    auto chunk = parseNumber<qint64>(p, o.chunk, QStringLiteral("--chunk"), error);
    if (!reps || !warm || !warmSec || !ci || !maxReps || !budget || !chunk)
        return false;
    c.reps.repetitions = *reps;
    c.reps.adaptive = p.isSet(o.adaptive);
    c.reps.targetRelCi = *ci / 100.0;
    c.reps.maxRepetitions = std::max(*maxReps, p.isSet(o.maxReps) ? 0 : *reps);
    c.reps.timeBudgetSec = *budget;
    c.warmupRuns = *warm;
    c.warmupSec = *warmSec;
    c.chunkSize = *chunk;
    c.verify = !p.isSet(o.noVerify);
    if (!parseOrder(p, o, c, error))
        return false;
    if (!parseParams(p.values(o.param), &c.params, error))
        return false;
    // Typed and complete (defaults filled in), so the result records every value used.
    const std::optional<QVariantMap> params =
        resolveParams(workload->id(), workload->parameters(), c.params, error);
    if (!params)
        return false;
    c.params = *params;
    if (p.isSet(o.sweep)) {
        auto sweep = parseChunkSweep(p.value(o.sweep), c.size, c.workers.constFirst(), error);
        if (!sweep)
            return false;
        c.chunkSweep = *sweep;
        c.strategies = {QStringLiteral("serial"), QStringLiteral("chunked")};
    }
    return true;
}

bool parseOutputs(const QCommandLineParser &p, const Opts &o, CliOptions &out, QString *error)
{
    const QList<QPair<QString, const QCommandLineOption *>> files{
        {QStringLiteral("json"), &o.json},
        {QStringLiteral("csv"), &o.csv},
        {QStringLiteral("md"), &o.md},
        {QStringLiteral("gbench"), &o.gbench}};
    QList<OutputFile> checked;
    for (const auto &[format, option] : files) {
        if (!p.isSet(*option))
            continue;
        out.outputs.append({format, p.value(*option)});
        checked.append({QStringLiteral("--") + option->names().constLast(), p.value(*option)});
    }
    if (const QString err = checkOutputFiles(checked); !err.isEmpty()) {
        *error = err;
        return false;
    }
    out.stdoutFormat = p.value(o.format);
    if (!writerFor(out.stdoutFormat)) {
        *error = QStringLiteral("unknown --format \"%1\"; valid: %2")
                     .arg(out.stdoutFormat, writerFormatIds().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

} // namespace

std::optional<QList<int>> parseWorkerList(const QString &text, int cores, QString *error)
{
    QList<int> result;
    const auto value = [&](QString t, bool *ok) -> qint64 {
        t = t.trimmed().toLower();
        *ok = true;
        if (t == QLatin1String("cores"))
            return cores;
        if (t == QLatin1String("2xcores"))
            return 2 * qint64(cores);
        return t.toLongLong(ok);
    };
    const QStringList parts = text.split(QLatin1Char(','));
    static const QRegularExpression negative(QStringLiteral("^\\s*-\\s*\\d+\\s*$"));
    for (const QString &part : parts) {
        if (negative.match(part).hasMatch()) {
            *error = QStringLiteral("worker count %1 is invalid: it must be at least 1")
                         .arg(part.trimmed());
            return std::nullopt;
        }
        const QStringList range = part.split(QLatin1Char('-'));
        bool okA = false, okB = true;
        const qint64 a = range.size() <= 2 ? value(range.first(), &okA) : 0;
        const qint64 b = range.size() == 2 ? value(range.last(), &okB) : a;
        if (!okA || !okB || part.trimmed().isEmpty()) {
            *error = QStringLiteral("worker list \"%1\": \"%2\" is not a count or range "
                                    "(examples: 1,2,4  1-8  cores)")
                         .arg(text, part);
            return std::nullopt;
        }
        if (a < 1 || b < 1) {
            *error = QStringLiteral("worker count %1 is invalid: it must be at least 1")
                         .arg(std::min(a, b));
            return std::nullopt;
        }
        if (b < a || b > 1024 || a > 1024) {
            *error = b < a ? QStringLiteral("worker range \"%1\" is reversed").arg(part)
                           : QStringLiteral("worker count %1 is too large: at most 1024")
                                 .arg(std::max(a, b));
            return std::nullopt;
        }
        for (qint64 w = a; w <= b; ++w)
            result.append(int(w));
    }
    return result;
}

std::optional<QList<qint64>> parseChunkSweep(const QString &text, qint64 size, int workers,
                                             QString *error)
{
    QList<qint64> sweep;
    if (text.trimmed() == QLatin1String("auto"))
        return autoChunkSweep(size, workers);
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString err;
        auto v = parseSize(part, &err);
        if (!v) {
            *error = QStringLiteral("--sweep: %1").arg(err);
            return std::nullopt;
        }
        sweep.append(*v);
    }
    return sweep;
}

std::optional<CliOptions> parseCli(const QStringList &arguments, QString *error, QString *helpText,
                                   bool *versionRequested)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures how a map over data scales from serial to parallel with QtConcurrent: "
        "runs serial and parallel strategies over the same input, verifies that outputs agree, "
        "repeats, and reports time, spread, speedup and efficiency per worker count.\n"
        "Other commands: 'parabench-cli compare BASE NEW...' (A/B verdicts, CI gate) and "
        "'parabench-cli report FILE...' (print ParaBench or Google Benchmark JSON); each has "
        "--help."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const Opts o;
    const std::initializer_list<const QCommandLineOption *> options{
        &o.workload,   &o.size,         &o.workers,    &o.strategy,     &o.reps,        &o.warmup,
        &o.warmupTime, &o.adaptive,     &o.ci,         &o.maxReps,      &o.budget,      &o.chunk,
        &o.sweep,      &o.order,        &o.warmupEach, &o.seed,         &o.param,       &o.noVerify,
        &o.json,       &o.csv,          &o.md,         &o.gbench,       &o.format,      &o.quiet,
        &o.list,       &o.checkMachine, &o.plugin,     &o.noPluginScan, &o.listPlugins, &o.stream};
    for (const QCommandLineOption *opt : options)
        p.addOption(*opt);
    if (!p.parse(arguments)) {
        *error = p.errorText() + QStringLiteral(" (see --help)");
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\" (see --help)")
                     .arg(p.positionalArguments().constFirst());
        return std::nullopt;
    }
    if (p.isSet(help)) {
        *helpText = p.helpText();
        return std::nullopt;
    }
    if (p.isSet(version)) {
        *versionRequested = true;
        return std::nullopt;
    }
    QSet<QString> given;
    for (const QCommandLineOption *opt : options)
        if (p.isSet(*opt))
            given.insert(opt->names().constLast());
    CliOptions out;
    // Before the run options: a plugin's workloads must be known to --workload.
    if (!loadStartupPlugins(p.values(o.plugin), !p.isSet(o.noPluginScan), error, &out.warnings)) {
        *error = QStringLiteral("--plugin: %1").arg(*error);
        return std::nullopt;
    }
    out.plugins = p.values(o.plugin);
    out.listPlugins = p.isSet(o.listPlugins);
    out.list = p.isSet(o.list);
    out.checkMachine = p.isSet(o.checkMachine);
    out.quiet = p.isSet(o.quiet);
    out.stream = p.isSet(o.stream);
    if (QString err = checkOptionRules(given, askedStrategies(p, o)); !err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }
    if (!parseRunOptions(p, o, out, error) || !parseOutputs(p, o, out, error))
        return std::nullopt;
    return out;
}

} // namespace pb
