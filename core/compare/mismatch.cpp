#include "core/compare/mismatch.h"

#include "core/sys/sysinfo.h"

namespace pb {
namespace {

QString orUnknown(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("unknown") : s;
}

QString paramsText(const QVariantMap &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}

QString machineText(const SystemInfo &s)
{
    return QStringLiteral("%1 (%2, %3 logical cores)")
        .arg(orUnknown(s.hostname), orUnknown(s.cpuModel))
        .arg(s.logicalCores);
}

QString buildText(const SystemInfo &s)
{
    return orUnknown(s.buildType) + (s.sanitized ? QStringLiteral(" + sanitizers") : QString());
}

void buildWarnings(const SystemInfo &a, const SystemInfo &b, QStringList *out)
{
    if (buildText(a) != buildText(b))
        out->append(QStringLiteral("build types differ: BASE is a %1 build, NEW a %2 build; the "
                                   "comparison measures the builds as much as any change")
                        .arg(buildText(a), buildText(b)));
    // An unknown build type (Google Benchmark files do not record the benchmark's) is not
    // flagged; a known unoptimized one is.
    const auto slow = [](const SystemInfo &s) {
        const QString t = s.buildType.toLower();
        return s.sanitized ||
               (!t.isEmpty() && t != QLatin1String("unknown") && !isOptimizedBuildType(t));
    };
    const bool slowA = slow(a);
    const bool slowB = slow(b);
    if (slowA || slowB) {
        const QString which = slowA && slowB ? QStringLiteral("both sides are")
                              : slowA        ? QStringLiteral("BASE is")
                                             : QStringLiteral("NEW is");
        out->append(QStringLiteral("%1 not an optimized build (Debug or sanitizers): its timings "
                                   "say little about a Release build")
                        .arg(which));
    }
}

void settingWarnings(const RunResult &a, const RunResult &b, QStringList *out)
{
    const RunConfig &x = a.config;
    const RunConfig &y = b.config;
    QStringList diffs;
    const auto differ = [&](bool different, const QString &what, const QString &va,
                            const QString &vb) {
        if (different)
            diffs << QStringLiteral("%1 %2 vs %3").arg(what, va, vb);
    };
    const auto chunkText = [](qint64 c) {
        return c == 0 ? QStringLiteral("automatic") : QString::number(c);
    };
    differ(x.chunkSize != y.chunkSize, QStringLiteral("chunk size"), chunkText(x.chunkSize),
           chunkText(y.chunkSize));
    differ(
        x.reps.repetitions != y.reps.repetitions || x.reps.adaptive != y.reps.adaptive,
        QStringLiteral("repetitions"),
        QString::number(x.reps.repetitions) + (x.reps.adaptive ? QStringLiteral("+") : QString()),
        QString::number(y.reps.repetitions) + (y.reps.adaptive ? QStringLiteral("+") : QString()));
    differ(x.warmupRuns != y.warmupRuns, QStringLiteral("warm-up runs"),
           QString::number(x.warmupRuns), QString::number(y.warmupRuns));
    differ(x.params != y.params, QStringLiteral("workload parameters"), paramsText(x.params),
           paramsText(y.params));
    differ(a.system.qtVersion != b.system.qtVersion, QStringLiteral("Qt"),
           orUnknown(a.system.qtVersion), orUnknown(b.system.qtVersion));
    differ(a.system.compiler != b.system.compiler, QStringLiteral("compiler"),
           orUnknown(a.system.compiler), orUnknown(b.system.compiler));
    if (!diffs.isEmpty())
        out->append(QStringLiteral("settings differ: ") + diffs.join(QStringLiteral("; ")));
}

} // namespace

QStringList mismatchWarnings(const RunResult &base, const RunResult &next)
{
    QStringList out;
    if (base.config.workload != next.config.workload)
        out << QStringLiteral("workloads differ: BASE measured %1, NEW %2")
                   .arg(base.config.workload, next.config.workload);
    if (base.config.size != next.config.size)
        out << QStringLiteral("sizes differ: BASE has %1 items, NEW %2")
                   .arg(base.config.size)
                   .arg(next.config.size);
    buildWarnings(base.system, next.system, &out);
    const SystemInfo &a = base.system;
    const SystemInfo &b = next.system;
    if (a.hostname != b.hostname || a.cpuModel != b.cpuModel || a.logicalCores != b.logicalCores)
        out << QStringLiteral("machines differ: BASE ran on %1, NEW on %2")
                   .arg(machineText(a), machineText(b));
    settingWarnings(base, next, &out);
    return out;
}

} // namespace pb
