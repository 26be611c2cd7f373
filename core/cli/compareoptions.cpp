#include "core/cli/compareoptions.h"

#include "core/cli/outputpaths.h"
#include "core/compare/comparisonwriters.h"
#include "core/io/resultio.h"

#include <QCommandLineParser>

#include <cmath>

namespace pb {
namespace {

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
    QCommandLineOption alpha = option(
        {"alpha"}, "Significance level of the Mann-Whitney U test (default 0.05).", "p", "0.05");
    QCommandLineOption noise =
        option({"noise"}, "Changes within ±this are 'within noise' (default 1%).", "percent", "1%");
    QCommandLineOption gate =
        option({"fail-on-regression"},
               "CI gate: exit 5 when a cell regressed (significant, beyond the noise) by more "
               "than this, or failed only in NEW.",
               "percent");
    QCommandLineOption scaling =
        option({"scaling"},
               "Google Benchmark thread sweeps without items_per_second: 'split' (a fixed total "
               "split across threads; default) or 'per-thread' (each thread does the work).",
               "mode", "split");
    QCommandLineOption format = option({"format"}, "", "fmt", "txt");
    QCommandLineOption json = option({"json"}, "Also write the comparison as JSON.", "file");
    QCommandLineOption csv = option({"csv"}, "Also write one CSV row per cell.", "file");
    QCommandLineOption md = option({"md"}, "Also write Markdown (a pull-request comment).", "file");
};

bool parseCompare(const QCommandLineParser &p, const Opts &o, SubcommandOptions *out,
                  QString *error)
{
    bool ok = false;
    const double alpha = p.value(o.alpha).toDouble(&ok);
    if (!ok || !(alpha > 0 && alpha < 1)) {
        *error = QStringLiteral("--alpha \"%1\": expected a probability between 0 and 1, e.g. "
                                "0.05")
                     .arg(p.value(o.alpha));
        return false;
    }
    out->compare.alpha = alpha;
    const auto noise = parsePercent(p.value(o.noise), QStringLiteral("--noise"), error);
    if (!noise)
        return false;
    out->compare.noise = *noise;
    if (p.isSet(o.gate)) {
        const auto gate =
            parsePercent(p.value(o.gate), QStringLiteral("--fail-on-regression"), error);
        if (!gate)
            return false;
        out->compare.failOnRegression = *gate;
    }
    const QList<QPair<QString, const QCommandLineOption *>> files{{QStringLiteral("json"), &o.json},
                                                                  {QStringLiteral("csv"), &o.csv},
                                                                  {QStringLiteral("md"), &o.md}};
    QList<OutputFile> checked;
    for (const auto &[format, opt] : files) {
        if (!p.isSet(*opt))
            continue;
        out->outputs.append({format, p.value(*opt)});
        checked.append({QStringLiteral("--") + opt->names().constLast(), p.value(*opt)});
    }
    for (const QString &input : std::as_const(out->files))
        for (const OutputFile &f : std::as_const(checked))
            if (sameFile(input, f.path)) {
                *error = QStringLiteral("%1 %2 would overwrite the input file %3")
                             .arg(f.option, f.path, input);
                return false;
            }
    if (const QString err = checkOutputFiles(checked); !err.isEmpty()) {
        *error = err;
        return false;
    }
    if (!comparisonFormatIds().contains(out->stdoutFormat.toLower())) {
        *error = QStringLiteral("unknown --format \"%1\"; valid: %2")
                     .arg(out->stdoutFormat, comparisonFormatIds().join(QStringLiteral(", ")));
        return false;
    }
    if (out->files.size() < 2) {
        *error = QStringLiteral("compare needs BASE and at least one NEW result file (see "
                                "parabench-cli compare --help)");
        return false;
    }
    return true;
}

bool parseReport(const SubcommandOptions &out, QString *error)
{
    const QStringList formats = writerFormatIds() + QStringList{QStringLiteral("gbench")};
    if (!writerFor(out.stdoutFormat)) {
        *error = QStringLiteral("unknown --format \"%1\"; valid: %2")
                     .arg(out.stdoutFormat, formats.join(QStringLiteral(", ")));
        return false;
    }
    if (out.files.isEmpty()) {
        *error = QStringLiteral("report needs at least one result file (see parabench-cli "
                                "report --help)");
        return false;
    }
    const QString f = out.stdoutFormat.toLower();
    if (out.files.size() > 1 && f != QLatin1String("txt") && f != QLatin1String("md")) {
        *error = QStringLiteral("--format %1 prints one document: give one file (txt and md "
                                "print several one after another)")
                     .arg(out.stdoutFormat);
        return false;
    }
    return true;
}

void describe(QCommandLineParser &p, SubcommandOptions::Command command, const Opts &o)
{
    const bool compare = command == SubcommandOptions::Command::Compare;
    p.setApplicationDescription(
        compare ? QStringLiteral(
                      "parabench-cli compare BASE NEW [NEW...]: compares every cell (workload, "
                      "size, strategy, workers, chunk) measured in both files: ratio of the "
                      "medians with a 95% bootstrap CI, two-sided Mann-Whitney U p-value and a "
                      "verdict (no change / improved / regressed / within noise). ParaBench or "
                      "Google Benchmark JSON. Exit codes: 0 compared (no regression beyond the "
                      "gate), 2 bad command line or input, 3 an output file could not be "
                      "written, 5 a cell regressed beyond --fail-on-regression.")
                : QStringLiteral("parabench-cli report FILE...: prints results (ParaBench or "
                                 "Google Benchmark JSON; a folder: every result in it, other "
                                 "files skipped and listed) in any format. Exit codes: 0 "
                                 "printed, 2 bad command line or input."));
    p.addPositionalArgument(compare ? QStringLiteral("compare") : QStringLiteral("report"),
                            QStringLiteral("This command."));
    p.addPositionalArgument(compare ? QStringLiteral("BASE NEW...") : QStringLiteral("FILE..."),
                            compare ? QStringLiteral("BASE result, then one or more NEW results.")
                                    : QStringLiteral("Result files."));
    QCommandLineOption format = o.format;
    format.setDescription(compare ? QStringLiteral("Standard output: txt (default), md, csv, json.")
                                  : QStringLiteral("Standard output: txt (default), md, csv, "
                                                   "json, gbench (Google Benchmark JSON)."));
    p.addOption(format);
    p.addOption(o.scaling);
    if (compare)
        for (const QCommandLineOption *opt : {&o.alpha, &o.noise, &o.gate, &o.json, &o.csv, &o.md})
            p.addOption(*opt);
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == QLatin1String("compare") ||
                                    arguments.at(1) == QLatin1String("report"));
}

std::optional<double> parsePercent(const QString &text, const QString &option, QString *error)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double v = t.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > 1000) {
        *error =
            QStringLiteral("%1 \"%2\": expected a percentage such as 5% or 0.5%").arg(option, text);
        return std::nullopt;
    }
    return v / 100.0;
}

std::optional<SubcommandOptions> parseSubcommand(const QStringList &arguments, QString *error,
                                                 QString *helpText)
{
    SubcommandOptions out;
    out.command = arguments.value(1) == QLatin1String("report")
                      ? SubcommandOptions::Command::Report
                      : SubcommandOptions::Command::Compare;
    QCommandLineParser p;
    const QCommandLineOption help = p.addHelpOption();
    const Opts o;
    describe(p, out.command, o);
    QStringList args = arguments;
    args.removeAt(1); // the subcommand; the usage line shows it as the first argument
    if (!p.parse(args)) {
        *error = p.errorText() + QStringLiteral(" (see --help)");
        return std::nullopt;
    }
    if (p.isSet(help)) {
        *helpText = p.helpText();
        return std::nullopt;
    }
    out.files = p.positionalArguments();
    out.stdoutFormat = p.value(o.format);
    const auto scaling = threadScalingFromId(p.value(o.scaling));
    if (!scaling) {
        *error = QStringLiteral("--scaling \"%1\": expected split or per-thread")
                     .arg(p.value(o.scaling));
        return std::nullopt;
    }
    out.scaling = *scaling;
    out.scalingGiven = p.isSet(o.scaling);
    const bool ok = out.command == SubcommandOptions::Command::Compare
                        ? parseCompare(p, o, &out, error)
                        : parseReport(out, error);
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace pb
