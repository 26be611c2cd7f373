#include "core/cli/optionrules.h"

namespace pb {
namespace {

/// What each adaptive-only option does, for the message.
struct AdaptiveOption
{
    const char *name;
    const char *does;
};
constexpr AdaptiveOption kAdaptiveOnly[] = {
    {"ci", "the CI width at which adaptive repetition stops"},
    {"max-reps", "the most repetitions adaptive repetition may take (for a fixed count use "
                 "--reps)"},
    {"budget", "the time adaptive repetition may spend per cell"},
};

/// Options that only a run uses (everything but the program's own switches).
const QStringList &runOptions()
{
    static const QStringList names{
        QStringLiteral("workload"),    QStringLiteral("size"),     QStringLiteral("workers"),
        QStringLiteral("strategy"),    QStringLiteral("reps"),     QStringLiteral("warmup"),
        QStringLiteral("warmup-time"), QStringLiteral("adaptive"), QStringLiteral("ci"),
        QStringLiteral("max-reps"),    QStringLiteral("budget"),   QStringLiteral("chunk"),
        QStringLiteral("sweep"),       QStringLiteral("param"),    QStringLiteral("no-verify"),
        QStringLiteral("json"),        QStringLiteral("csv"),      QStringLiteral("md"),
        QStringLiteral("format"),      QStringLiteral("order"),    QStringLiteral("seed"),
        QStringLiteral("warmup-each")};
    return names;
}

QString checkStandalone(const QSet<QString> &given, const QString &command, const QString &why)
{
    if (!given.contains(command))
        return {};
    for (const QString &name : runOptions())
        if (given.contains(name))
            return QStringLiteral("--%1 %2; --%3 has no effect with it").arg(command, why, name);
    return {};
}

} // namespace

QString checkOptionRules(const QSet<QString> &given, const QStringList &strategies)
{
    for (const QString &err :
         {checkStandalone(given, QStringLiteral("check-machine"),
                          QStringLiteral("runs its own calibration and writes no files")),
          checkStandalone(given, QStringLiteral("list"), QStringLiteral("only lists"))})
        if (!err.isEmpty())
            return err;
    if (given.contains(QStringLiteral("stream")))
        for (const char *name :
             {"json", "csv", "md", "gbench", "format", "list", "check-machine", "list-plugins"})
            if (given.contains(QLatin1String(name)))
                return QStringLiteral("--stream writes JSON lines to standard output and no "
                                      "files; --%1 has no effect with it")
                    .arg(QLatin1String(name));
    if (!given.contains(QStringLiteral("adaptive")))
        for (const AdaptiveOption &o : kAdaptiveOnly)
            if (given.contains(QLatin1String(o.name)))
                return QStringLiteral("--%1 needs --adaptive: it sets %2")
                    .arg(QLatin1String(o.name), QLatin1String(o.does));
    const bool sweep = given.contains(QStringLiteral("sweep"));
    if (sweep && given.contains(QStringLiteral("chunk")))
        return QStringLiteral("--chunk has no effect with --sweep: the sweep sets the chunk sizes");
    if (sweep && given.contains(QStringLiteral("strategy")))
        for (const QString &s : strategies)
            if (s != QLatin1String("serial") && s != QLatin1String("chunked"))
                return QStringLiteral("--sweep measures serial and chunked only; leave out "
                                      "--strategy (it asks for %1)")
                    .arg(s);
    if (!sweep && given.contains(QStringLiteral("chunk")) &&
        !strategies.contains(QStringLiteral("chunked")))
        return QStringLiteral("--chunk sets the chunk size of the chunked strategy, which is "
                              "not among the strategies (%1); add it to --strategy")
            .arg(strategies.join(QLatin1Char(',')));
    return {};
}

} // namespace pb
