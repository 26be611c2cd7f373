#include "core/run/childcommand.h"

namespace pb {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 17); // exact round trip
}

template <class T> QString list(const QList<T> &values)
{
    QStringList parts;
    for (T v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

} // namespace

QString paramArgument(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value.toDouble());
    default:
        return value.toString();
    }
}

QStringList childArguments(const RunConfig &c, const QStringList &pluginFiles)
{
    QStringList args{QStringLiteral("--stream"), QStringLiteral("--no-plugin-scan")};
    for (const QString &file : pluginFiles)
        args << QStringLiteral("--plugin") << file;
    args << QStringLiteral("--workload") << c.workload << QStringLiteral("--size")
         << list(measuredSizes(c)) << QStringLiteral("--workers") << list(c.workers);
    args << QStringLiteral("--order")
         << (c.order == RepetitionOrder::Interleaved ? QStringLiteral("interleaved")
                                                     : QStringLiteral("sequential"));
    if (c.order == RepetitionOrder::Interleaved && c.seed != 0)
        args << QStringLiteral("--seed") << QString::number(c.seed);
    if (c.order == RepetitionOrder::Interleaved && c.warmupEachRep)
        args << QStringLiteral("--warmup-each");
    if (c.chunkSweep.isEmpty())
        args << QStringLiteral("--strategy") << c.strategies.join(QLatin1Char(','));
    else
        args << QStringLiteral("--sweep") << list(c.chunkSweep);
    args << QStringLiteral("--reps") << QString::number(c.reps.repetitions)
         << QStringLiteral("--warmup") << QString::number(c.warmupRuns);
    if (c.warmupSec > 0)
        args << QStringLiteral("--warmup-time") << number(c.warmupSec);
    if (c.reps.adaptive)
        args << QStringLiteral("--adaptive") << QStringLiteral("--ci")
             << number(c.reps.targetRelCi * 100) << QStringLiteral("--max-reps")
             << QString::number(c.reps.maxRepetitions) << QStringLiteral("--budget")
             << number(c.reps.timeBudgetSec);
    if (c.chunkSize > 0 && c.chunkSweep.isEmpty() &&
        c.strategies.contains(QLatin1String("chunked")))
        args << QStringLiteral("--chunk") << QString::number(c.chunkSize);
    for (auto it = c.params.cbegin(); it != c.params.cend(); ++it)
        args << QStringLiteral("--param")
             << it.key() + QLatin1Char('=') + paramArgument(it.value());
    if (!c.verify)
        args << QStringLiteral("--no-verify");
    return args;
}

} // namespace pb
