#include "core/io/jsonwriter.h"

#include "core/stats/granularity.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pb {

namespace {

// JSON has no NaN/Infinity: write null, which the reader maps back to NaN.
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

template <class T> QJsonArray integerArray(const QList<T> &values)
{
    QJsonArray array;
    for (T v : values)
        array.append(QJsonValue(qint64(v)));
    return array;
}

QJsonObject repsJson(const RepetitionPolicy &reps)
{
    return QJsonObject{{"repetitions", reps.repetitions},
                       {"adaptive", reps.adaptive},
                       {"targetRelCi", number(reps.targetRelCi)},
                       {"maxRepetitions", reps.maxRepetitions},
                       {"timeBudgetSec", number(reps.timeBudgetSec)}};
}

QJsonObject configJson(const RunConfig &c)
{
    return QJsonObject{{"workload", c.workload},
                       {"size", QJsonValue(c.size)},
                       {"workers", integerArray(c.workers)},
                       {"strategies", QJsonArray::fromStringList(c.strategies)},
                       {"warmupRuns", c.warmupRuns},
                       {"warmupSec", number(c.warmupSec)},
                       {"reps", repsJson(c.reps)},
                       {"chunkSize", QJsonValue(c.chunkSize)},
                       {"chunkSweep", integerArray(c.chunkSweep)},
                       {"params", QJsonObject::fromVariantMap(c.params)},
                       {"verify", c.verify}};
}

QJsonObject systemJson(const SystemInfo &s)
{
    return QJsonObject{
        {"cpuModel", s.cpuModel},
        {"logicalCores", s.logicalCores},
        {"qtVersion", s.qtVersion},
        {"compiler", s.compiler},
        {"buildType", s.buildType},
        {"sanitized", s.sanitized},
        {"parabenchVersion", s.parabenchVersion},
        {"hostname", s.hostname},
        {"os", s.os},
        {"cpuGovernor", s.cpuGovernor},
        {"loadAverage1", number(s.loadAverage1)},
        {"cpuBusyBeforeRun", number(s.cpuBusyBeforeRun)},
        {"totalMemoryBytes", QJsonValue(s.totalMemoryBytes)},
        {"availableMemoryBytes", QJsonValue(s.availableMemoryBytes)},
        {"date", s.date.isValid() ? QJsonValue(s.date.toUTC().toString(Qt::ISODateWithMs))
                                  : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject statsJson(const CellStats &s)
{
    return QJsonObject{
        {"n", s.n},
        {"minNs", number(s.minNs)},
        {"maxNs", number(s.maxNs)},
        {"medianNs", number(s.medianNs)},
        {"meanNs", number(s.meanNs)},
        {"stddevNs", number(s.stddevNs)},
        {"medianCiLowNs", number(s.medianCiLowNs)},
        {"medianCiHighNs", number(s.medianCiHighNs)},
        {"relCiWidth", number(s.relCiWidth)},
        {"outlierIndices", integerArray(s.outlierIndices)},
        {"speedup", number(s.speedup)},
        {"speedupCiLow", number(s.speedupCiLow)},
        {"speedupCiHigh", number(s.speedupCiHigh)},
        {"efficiency", number(s.efficiency)},
        {"karpFlatt", s.karpFlatt ? number(*s.karpFlatt) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject cellJson(const CellResult &c)
{
    return QJsonObject{{"strategy", c.strategy},
                       {"workers", c.workers},
                       {"size", QJsonValue(c.size)},
                       {"chunkSize", QJsonValue(c.chunkSize)},
                       {"warmupNs", integerArray(c.warmupNs)},
                       {"samplesNs", integerArray(c.samplesNs)},
                       {"cpuNs", integerArray(c.cpuNs)},
                       {"stats", statsJson(c.stats)},
                       {"verified", c.verified},
                       {"errorKind", cellErrorKindName(c.errorKind)},
                       {"error", c.error},
                       {"peakExtraBytes", QJsonValue(c.peakExtraBytes)},
                       {"runQueueWaitNs", number(c.runQueueWaitNs)},
                       {"stealNs", number(c.stealNs)}};
}

QJsonArray fitsJson(const QList<AmdahlFit> &fits)
{
    QJsonArray array;
    for (const AmdahlFit &f : fits)
        array.append(QJsonObject{{"strategy", f.strategy},
                                 {"serialFraction", number(f.serialFraction)},
                                 {"rSquared", number(f.rSquared)},
                                 {"points", f.points}});
    return array;
}

QJsonArray warningsJson(const QList<Warning> &warnings)
{
    QJsonArray array;
    for (const Warning &w : warnings)
        array.append(QJsonObject{{"code", w.code},
                                 {"message", w.message},
                                 {"hint", w.hint},
                                 {"strategy", w.strategy},
                                 {"workers", w.workers}});
    return array;
}

} // namespace

QJsonObject toJson(const RunResult &r)
{
    QJsonArray cells;
    for (const CellResult &c : r.cells)
        cells.append(cellJson(c));
    return QJsonObject{{"format", QStringLiteral("parabench-result")},
                       {"version", RunResult::kFormatVersion},
                       {"status", runStatusName(r.status)},
                       {"error", r.error},
                       {"workloadName", r.workloadName},
                       {"inputBytes", QJsonValue(r.inputBytes)},
                       {"outputBytes", QJsonValue(r.outputBytes)},
                       {"processPeakRssBytes", QJsonValue(r.processPeakRssBytes)},
                       {"autoChunkSize", QJsonValue(r.autoChunkSize)},
                       {"bestChunkSize", QJsonValue(bestChunkSize(r))},
                       {"config", configJson(r.config)},
                       {"system", systemJson(r.system)},
                       {"cells", cells},
                       {"fits", fitsJson(r.fits)},
                       {"warnings", warningsJson(r.warnings)}};
}

QByteArray JsonWriter::write(const RunResult &result) const
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}

} // namespace pb
