#include "ui/runfacts.h"

#include <QFileInfo>
#include <QSet>

namespace pb::ui {
namespace {

const QString kSep = QStringLiteral(" · ");

/// One describable property of a run: (title text, legend text).
struct Fact
{
    QString title;
    QString legend;
};

QString workloadOf(const pb::RunResult &r)
{
    return r.workloadName.isEmpty() ? r.config.workload : r.workloadName;
}

QString buildOf(const pb::SystemInfo &s)
{
    return s.buildType + (s.sanitized ? QStringLiteral(" + sanitizers") : QString());
}

QString chunkOf(const pb::RunConfig &c)
{
    if (!c.chunkSweep.isEmpty())
        return QStringLiteral("chunk sweep");
    return c.chunkSize > 0 ? QStringLiteral("chunk %1").arg(c.chunkSize)
                           : QStringLiteral("chunk auto");
}

QString paramsOf(const pb::RunConfig &c)
{
    QStringList parts;
    for (auto it = c.params.begin(); it != c.params.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QLatin1Char(','));
}

/// The facts in title order.
QList<Fact> factsOf(const RunEntry &e)
{
    const pb::RunResult &r = e.result;
    const MachineKey m = machineOf(r);
    QList<Fact> f;
    f << Fact{workloadOf(r), workloadOf(r)};
    f << Fact{r.config.size > 0 ? QStringLiteral("n = %1").arg(r.config.size) : QString(),
              r.config.size > 0 ? QStringLiteral("n=%1").arg(r.config.size) : QString()};
    f << Fact{machineLabel(m), machineShortName(m)};
    f << Fact{buildOf(r.system), buildOf(r.system)};
    f << Fact{QString(), chunkOf(r.config)}; // settings: legend only
    f << Fact{QString(), paramsOf(r.config)};
    f << Fact{QString(), QStringLiteral("%1 reps").arg(r.config.reps.repetitions)};
    return f;
}

} // namespace

MachineKey machineOf(const pb::RunResult &result)
{
    return {result.system.hostname, result.system.cpuModel, result.system.logicalCores};
}

QString machineLabel(const MachineKey &key)
{
    QStringList parts;
    if (!key.host.isEmpty())
        parts << key.host;
    if (!key.cpu.isEmpty() && key.cpu != QLatin1String("unknown"))
        parts << key.cpu;
    if (key.cores > 0)
        parts << QStringLiteral("%1 logical cores").arg(key.cores);
    return parts.isEmpty() ? QStringLiteral("unknown machine") : parts.join(kSep);
}

QString machineShortName(const MachineKey &key)
{
    if (!key.host.isEmpty())
        return key.host;
    return key.cores > 0 ? QStringLiteral("%1 cores").arg(key.cores)
                         : QStringLiteral("unknown machine");
}

QString commonTitle(const QList<RunEntry> &runs)
{
    if (runs.isEmpty())
        return {};
    const QList<Fact> first = factsOf(runs.first());
    QStringList parts;
    for (qsizetype i = 0; i < first.size(); ++i) {
        if (first[i].title.isEmpty())
            continue;
        bool same = true;
        for (const RunEntry &r : runs)
            same = same && factsOf(r)[i].title == first[i].title;
        if (same)
            parts << first[i].title;
    }
    return parts.join(kSep);
}

QHash<int, QString> legendNames(const QList<RunEntry> &runs)
{
    QHash<int, QString> out;
    if (runs.isEmpty())
        return out;
    QList<QList<Fact>> facts;
    for (const RunEntry &r : runs)
        facts << factsOf(r);
    QList<bool> differs(facts.first().size(), false);
    for (qsizetype i = 0; i < differs.size(); ++i)
        for (const QList<Fact> &f : facts)
            differs[i] = differs[i] || f[i].legend != facts.first()[i].legend;
    QSet<QString> used;
    bool clash = false;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        QStringList parts;
        for (qsizetype i = 0; i < differs.size(); ++i)
            if (differs[i] && !facts[r][i].legend.isEmpty())
                parts << facts[r][i].legend;
        const QString name = parts.join(kSep);
        clash = clash || name.isEmpty() || used.contains(name);
        used.insert(name);
        out.insert(runs[r].id, name);
    }
    if (clash) // nothing (or not enough) differs: the labels tell the runs apart
        for (const RunEntry &r : runs)
            out[r.id] = out.value(r.id).isEmpty() ? r.label : r.label + kSep + out.value(r.id);
    return out;
}

} // namespace pb::ui
