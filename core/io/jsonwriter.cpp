#include "core/io/jsonwriter.h"

#include "core/io/provenanceio.h"
#include "core/stats/granularity.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pb {

using namespace Qt::Literals::StringLiterals; // u"key"_s: JSON keys without QT_NO_CAST_FROM_ASCII
                                              // noise

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
    return QJsonObject{{u"repetitions"_s, reps.repetitions},
                       {u"adaptive"_s, reps.adaptive},
                       {u"targetRelCi"_s, number(reps.targetRelCi)},
                       {u"maxRepetitions"_s, reps.maxRepetitions},
                       {u"timeBudgetSec"_s, number(reps.timeBudgetSec)}};
}

QJsonObject configJson(const RunConfig &c)
{
    return QJsonObject{{u"workload"_s, c.workload},
                       {u"size"_s, QJsonValue(c.size)},
                       {u"workers"_s, integerArray(c.workers)},
                       {u"strategies"_s, QJsonArray::fromStringList(c.strategies)},
                       {u"warmupRuns"_s, c.warmupRuns},
                       {u"warmupSec"_s, number(c.warmupSec)},
                       {u"reps"_s, repsJson(c.reps)},
                       {u"chunkSize"_s, QJsonValue(c.chunkSize)},
                       {u"chunkSweep"_s, integerArray(c.chunkSweep)},
                       {u"params"_s, QJsonObject::fromVariantMap(c.params)},
                       {u"verify"_s, c.verify},
                       {u"sizes"_s, integerArray(c.sizes)},
                       {u"order"_s, repetitionOrderName(c.order)},
                       {u"warmupEachRep"_s, c.warmupEachRep},
                       {u"seed"_s, QJsonValue(qint64(c.seed))}};
}

QJsonObject systemJson(const SystemInfo &s)
{
    return QJsonObject{
        {u"cpuModel"_s, s.cpuModel},
        {u"logicalCores"_s, s.logicalCores},
        {u"qtVersion"_s, s.qtVersion},
        {u"compiler"_s, s.compiler},
        {u"buildType"_s, s.buildType},
        {u"sanitized"_s, s.sanitized},
        {u"parabenchVersion"_s, s.parabenchVersion},
        {u"hostname"_s, s.hostname},
        {u"os"_s, s.os},
        {u"cpuGovernor"_s, s.cpuGovernor},
        {u"loadAverage1"_s, number(s.loadAverage1)},
        {u"cpuBusyBeforeRun"_s, number(s.cpuBusyBeforeRun)},
        {u"totalMemoryBytes"_s, QJsonValue(s.totalMemoryBytes)},
        {u"availableMemoryBytes"_s, QJsonValue(s.availableMemoryBytes)},
        {u"date"_s, s.date.isValid() ? QJsonValue(s.date.toUTC().toString(Qt::ISODateWithMs))
                                     : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject statsJson(const CellStats &s)
{
    return QJsonObject{
        {u"n"_s, s.n},
        {u"minNs"_s, number(s.minNs)},
        {u"maxNs"_s, number(s.maxNs)},
        {u"medianNs"_s, number(s.medianNs)},
        {u"meanNs"_s, number(s.meanNs)},
        {u"stddevNs"_s, number(s.stddevNs)},
        {u"medianCiLowNs"_s, number(s.medianCiLowNs)},
        {u"medianCiHighNs"_s, number(s.medianCiHighNs)},
        {u"relCiWidth"_s, number(s.relCiWidth)},
        {u"outlierIndices"_s, integerArray(s.outlierIndices)},
        {u"speedup"_s, number(s.speedup)},
        {u"speedupCiLow"_s, number(s.speedupCiLow)},
        {u"speedupCiHigh"_s, number(s.speedupCiHigh)},
        {u"efficiency"_s, number(s.efficiency)},
        {u"karpFlatt"_s, s.karpFlatt ? number(*s.karpFlatt) : QJsonValue(QJsonValue::Null)},
        {u"cpuUtilisation"_s,
         s.cpuUtilisation >= 0 ? number(s.cpuUtilisation) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject cellJson(const CellResult &c)
{
    return QJsonObject{{u"strategy"_s, c.strategy},
                       {u"workers"_s, c.workers},
                       {u"size"_s, QJsonValue(c.size)},
                       {u"chunkSize"_s, QJsonValue(c.chunkSize)},
                       {u"warmupNs"_s, integerArray(c.warmupNs)},
                       {u"samplesNs"_s, integerArray(c.samplesNs)},
                       {u"cpuNs"_s, integerArray(c.cpuNs)},
                       {u"stats"_s, statsJson(c.stats)},
                       {u"verified"_s, c.verified},
                       {u"errorKind"_s, cellErrorKindName(c.errorKind)},
                       {u"error"_s, c.error},
                       {u"peakExtraBytes"_s, QJsonValue(c.peakExtraBytes)},
                       {u"runQueueWaitNs"_s, number(c.runQueueWaitNs)},
                       {u"stealNs"_s, number(c.stealNs)}};
}

QJsonArray fitsJson(const QList<AmdahlFit> &fits)
{
    QJsonArray array;
    for (const AmdahlFit &f : fits)
        array.append(
            QJsonObject{{u"strategy"_s, f.strategy},
                        {u"size"_s, QJsonValue(f.size)},
                        {u"fitted"_s, f.fitted},
                        {u"serialFraction"_s, f.fitted ? number(f.serialFraction) : QJsonValue()},
                        {u"rSquared"_s, f.fitted ? number(f.rSquared) : QJsonValue()},
                        {u"clamped"_s, f.clamped},
                        {u"points"_s, f.points}});
    return array;
}

QJsonArray warningsJson(const QList<Warning> &warnings)
{
    QJsonArray array;
    for (const Warning &w : warnings)
        array.append(QJsonObject{{u"code"_s, w.code},
                                 {u"message"_s, w.message},
                                 {u"hint"_s, w.hint},
                                 {u"strategy"_s, w.strategy},
                                 {u"workers"_s, w.workers},
                                 {u"size"_s, QJsonValue(w.size)}});
    return array;
}

QJsonArray breakEvensJson(const QList<BreakEven> &list)
{
    QJsonArray array;
    for (const BreakEven &b : list)
        array.append(QJsonObject{
            {u"strategy"_s, b.strategy},
            {u"workers"_s, b.workers},
            {u"kind"_s, breakEvenKindName(b.kind)},
            {u"size"_s, b.kind == BreakEvenKind::Interpolated || b.kind == BreakEvenKind::AtSmallest
                            ? number(b.size)
                            : QJsonValue()},
            {u"below"_s, QJsonValue(b.below)},
            {u"above"_s, QJsonValue(b.above)}});
    return array;
}

QJsonArray costModelsJson(const QList<CostModel> &list)
{
    QJsonArray array;
    for (const CostModel &m : list)
        array.append(QJsonObject{{u"strategy"_s, m.strategy},
                                 {u"workers"_s, m.workers},
                                 {u"fixedNs"_s, number(m.fixedNs)},
                                 {u"perItemNs"_s, number(m.perItemNs)},
                                 {u"rSquared"_s, number(m.rSquared)},
                                 {u"points"_s, m.points},
                                 {u"fixedClamped"_s, m.fixedClamped}});
    return array;
}

} // namespace

QJsonObject toJson(const RunResult &r)
{
    QJsonArray cells;
    for (const CellResult &c : r.cells)
        cells.append(cellJson(c));
    QJsonObject root{{u"format"_s, QStringLiteral("parabench-result")},
                     {u"version"_s, RunResult::kFormatVersion},
                     {u"status"_s, runStatusName(r.status)},
                     {u"error"_s, r.error},
                     {u"workloadName"_s, r.workloadName},
                     {u"inputBytes"_s, QJsonValue(r.inputBytes)},
                     {u"outputBytes"_s, QJsonValue(r.outputBytes)},
                     {u"processPeakRssBytes"_s, QJsonValue(r.processPeakRssBytes)},
                     {u"autoChunkSize"_s, QJsonValue(r.autoChunkSize)},
                     {u"bestChunkSize"_s, QJsonValue(bestChunkSize(r))},
                     {u"config"_s, configJson(r.config)},
                     {u"system"_s, systemJson(r.system)},
                     {u"cells"_s, cells},
                     {u"fits"_s, fitsJson(r.fits)},
                     {u"breakEvens"_s, breakEvensJson(r.breakEvens)},
                     {u"costModels"_s, costModelsJson(r.costModels)},
                     {u"warnings"_s, warningsJson(r.warnings)}};
    if (r.plugin) // optional: only results of plugin workloads have it
        root.insert(u"plugin"_s, pluginJson(*r.plugin));
    return root;
}

QByteArray JsonWriter::write(const RunResult &result) const
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}

} // namespace pb
