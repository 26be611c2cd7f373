#include "core/io/jsonreader.h"

#include "core/io/derivedstats.h"
#include "core/io/provenanceio.h"
#include "core/io/resultcheck.h"
#include "core/io/resultio.h"

#include <cmath>

namespace pb {

namespace {
const QString kFormatName = QStringLiteral("parabench-result");
const QString kTop; // fields of the root object have no prefix
} // namespace

std::optional<RunResult> fromJson(const QJsonObject &object, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    err->clear();
    return JsonReader(err).read(object);
}

std::optional<RunResult> JsonReader::read(const QJsonObject &root)
{
    RunResult r;
    if (!readHeader(root) || !readTopLevel(root, &r) || !readConfig(root, &r.config) ||
        !readSystem(root, &r.system) || !readCells(root, &r.cells) || !readFits(root, &r.fits) ||
        !readBreakEvens(root, &r.breakEvens) || !readCostModels(root, &r.costModels) ||
        !readWarnings(root, &r.warnings) || !readPluginJson(root, m_fields, &r.plugin))
        return std::nullopt;
    if (m_version < 2) // every cell of a version-1 run measured the configured size
        for (CellResult &c : r.cells)
            c.size = r.config.size;
    // Well-typed is not enough: the values must fit together, and the numbers shown must be
    // the ones the samples give.
    if (!checkResultConsistency(r, m_error))
        return std::nullopt;
    recomputeDerivedStatistics(r);
    return r;
}

bool JsonReader::readHeader(const QJsonObject &root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isString())
        return m_fields.fail(QStringLiteral("not a ParaBench result"),
                             QStringLiteral("missing \"format\": \"%1\"").arg(kFormatName));
    if (format.toString() != kFormatName)
        return m_fields.fail(QStringLiteral("not a ParaBench result"),
                             QStringLiteral("\"format\" is \"%1\", expected \"%2\"")
                                 .arg(format.toString(), kFormatName));
    if (!m_fields.integer(root, kTop, QStringLiteral("version"), &m_version))
        return false;
    if (m_version > RunResult::kFormatVersion)
        return m_fields.fail(QStringLiteral("version"),
                             QStringLiteral("written by a newer ParaBench (format version %1); "
                                            "this build reads version %2")
                                 .arg(m_version)
                                 .arg(RunResult::kFormatVersion));
    if (m_version < 1)
        return m_fields.fail(
            QStringLiteral("version"),
            QStringLiteral("invalid format version %1 (versions start at 1)").arg(m_version));
    return true;
}

bool JsonReader::readTopLevel(const QJsonObject &root, RunResult *r)
{
    QString status;
    if (!m_fields.string(root, kTop, QStringLiteral("status"), &status))
        return false;
    const std::optional<RunStatus> parsed = runStatusFromName(status);
    if (!parsed)
        return m_fields.fail(QStringLiteral("status"),
                             QStringLiteral("expected \"complete\", \"canceled\" or \"failed\", "
                                            "got \"%1\"")
                                 .arg(status));
    r->status = *parsed;
    qint64 derived = 0;
    return m_fields.string(root, kTop, QStringLiteral("error"), &r->error) &&
           m_fields.string(root, kTop, QStringLiteral("workloadName"), &r->workloadName) &&
           m_fields.integer(root, kTop, QStringLiteral("inputBytes"), &r->inputBytes, 0) &&
           m_fields.integer(root, kTop, QStringLiteral("outputBytes"), &r->outputBytes, 0) &&
           m_fields.integer(root, kTop, QStringLiteral("processPeakRssBytes"),
                            &r->processPeakRssBytes, -1) &&
           // Added after the first files were written: optional.
           (!root.contains(QLatin1String("autoChunkSize")) ||
            m_fields.integer(root, kTop, QStringLiteral("autoChunkSize"), &r->autoChunkSize, 0)) &&
           // Derived from the cells (bestChunkSize()): checked, not stored.
           (!root.contains(QLatin1String("bestChunkSize")) ||
            m_fields.integer(root, kTop, QStringLiteral("bestChunkSize"), &derived, 0));
}

bool JsonReader::readConfig(const QJsonObject &root, RunConfig *c)
{
    const QString p = QStringLiteral("config");
    QJsonObject o;
    QJsonObject params;
    if (!m_fields.object(root, kTop, p, &o) ||
        !m_fields.string(o, p, QStringLiteral("workload"), &c->workload) ||
        !m_fields.integer(o, p, QStringLiteral("size"), &c->size, 0) ||
        !m_fields.integerList(o, p, QStringLiteral("workers"), &c->workers, 1) ||
        !m_fields.stringList(o, p, QStringLiteral("strategies"), &c->strategies) ||
        !m_fields.integer(o, p, QStringLiteral("warmupRuns"), &c->warmupRuns, 0) ||
        !m_fields.number(o, p, QStringLiteral("warmupSec"), &c->warmupSec) ||
        !readReps(o, &c->reps) ||
        !m_fields.integer(o, p, QStringLiteral("chunkSize"), &c->chunkSize, 0) ||
        !m_fields.integerList(o, p, QStringLiteral("chunkSweep"), &c->chunkSweep, 1) ||
        !m_fields.object(o, p, QStringLiteral("params"), &params) ||
        !m_fields.boolean(o, p, QStringLiteral("verify"), &c->verify) || !readSweepConfig(o, c))
        return false;
    c->params = params.toVariantMap();
    return true;
}

bool JsonReader::readSweepConfig(const QJsonObject &o, RunConfig *c)
{
    // Added with size sweeps and interleaving: optional. A file without them measured one size,
    // cell after cell.
    const QString p = QStringLiteral("config");
    c->sizes.clear();
    c->order = RepetitionOrder::Sequential;
    c->seed = 0;
    if (o.contains(QLatin1String("sizes")) &&
        !m_fields.integerList(o, p, QStringLiteral("sizes"), &c->sizes, 1))
        return false;
    if (o.contains(QLatin1String("order"))) {
        QString order;
        if (!m_fields.string(o, p, QStringLiteral("order"), &order))
            return false;
        if (order != QLatin1String("interleaved") && order != QLatin1String("sequential"))
            return m_fields.fail(JsonFields::join(p, QStringLiteral("order")),
                                 QStringLiteral("expected \"interleaved\" or \"sequential\", got "
                                                "\"%1\"")
                                     .arg(order));
        c->order = order == QLatin1String("interleaved") ? RepetitionOrder::Interleaved
                                                         : RepetitionOrder::Sequential;
    }
    c->warmupEachRep = false;
    if (o.contains(QLatin1String("warmupEachRep")) &&
        !m_fields.boolean(o, p, QStringLiteral("warmupEachRep"), &c->warmupEachRep))
        return false;
    qint64 seed = 0;
    if (o.contains(QLatin1String("seed")) &&
        !m_fields.integer(o, p, QStringLiteral("seed"), &seed, 0, (qint64(1) << 53) - 1))
        return false;
    c->seed = quint64(seed);
    return true;
}

bool JsonReader::readReps(const QJsonObject &config, RepetitionPolicy *reps)
{
    const QString p = QStringLiteral("config.reps");
    QJsonObject o;
    return m_fields.object(config, QStringLiteral("config"), QStringLiteral("reps"), &o) &&
           m_fields.integer(o, p, QStringLiteral("repetitions"), &reps->repetitions, 1) &&
           m_fields.boolean(o, p, QStringLiteral("adaptive"), &reps->adaptive) &&
           m_fields.number(o, p, QStringLiteral("targetRelCi"), &reps->targetRelCi) &&
           m_fields.integer(o, p, QStringLiteral("maxRepetitions"), &reps->maxRepetitions, 1) &&
           m_fields.number(o, p, QStringLiteral("timeBudgetSec"), &reps->timeBudgetSec);
}

bool JsonReader::readSystem(const QJsonObject &root, SystemInfo *s)
{
    const QString p = QStringLiteral("system");
    QJsonObject o;
    if (!m_fields.object(root, kTop, p, &o) ||
        !m_fields.string(o, p, QStringLiteral("cpuModel"), &s->cpuModel) ||
        !m_fields.integer(o, p, QStringLiteral("logicalCores"), &s->logicalCores, 0) ||
        !m_fields.string(o, p, QStringLiteral("qtVersion"), &s->qtVersion) ||
        !m_fields.string(o, p, QStringLiteral("compiler"), &s->compiler) ||
        !m_fields.string(o, p, QStringLiteral("buildType"), &s->buildType) ||
        !m_fields.boolean(o, p, QStringLiteral("sanitized"), &s->sanitized) ||
        !m_fields.string(o, p, QStringLiteral("parabenchVersion"), &s->parabenchVersion) ||
        !m_fields.string(o, p, QStringLiteral("hostname"), &s->hostname) ||
        !m_fields.string(o, p, QStringLiteral("os"), &s->os) ||
        !m_fields.string(o, p, QStringLiteral("cpuGovernor"), &s->cpuGovernor) ||
        !m_fields.number(o, p, QStringLiteral("loadAverage1"), &s->loadAverage1) ||
        // Added after the first files were written: optional.
        (o.contains(QLatin1String("cpuBusyBeforeRun")) &&
         !m_fields.number(o, p, QStringLiteral("cpuBusyBeforeRun"), &s->cpuBusyBeforeRun)) ||
        !m_fields.integer(o, p, QStringLiteral("totalMemoryBytes"), &s->totalMemoryBytes, -1) ||
        !m_fields.integer(o, p, QStringLiteral("availableMemoryBytes"), &s->availableMemoryBytes,
                          -1))
        return false;
    if (!o.contains(QStringLiteral("date")))
        return m_fields.fail(QStringLiteral("system.date"),
                             QStringLiteral("required field is missing"));
    const QJsonValue date = o.value(QStringLiteral("date"));
    if (date.isNull()) {
        s->date = QDateTime();
        return true;
    }
    if (!date.isString())
        return m_fields.fail(QStringLiteral("system.date"),
                             QStringLiteral("expected an ISO 8601 date string or null, got %1")
                                 .arg(JsonFields::describe(date)));
    s->date = QDateTime::fromString(date.toString(), Qt::ISODateWithMs);
    if (!s->date.isValid())
        return m_fields.fail(QStringLiteral("system.date"),
                             QStringLiteral("\"%1\" is not an ISO 8601 date such as "
                                            "2024-05-01T12:00:00.000Z")
                                 .arg(date.toString()));
    return true;
}

bool JsonReader::objectAt(const QJsonArray &a, const QString &path, qsizetype i, QJsonObject *out)
{
    if (!a.at(i).isObject())
        return m_fields.fail(
            JsonFields::index(path, i),
            QStringLiteral("expected an object, got %1").arg(JsonFields::describe(a.at(i))));
    *out = a.at(i).toObject();
    return true;
}

bool JsonReader::readCells(const QJsonObject &root, QList<CellResult> *cells)
{
    QJsonArray a;
    if (!m_fields.array(root, kTop, QStringLiteral("cells"), &a))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject o;
        CellResult c;
        const QString path = JsonFields::index(QStringLiteral("cells"), i);
        if (!objectAt(a, QStringLiteral("cells"), i, &o) || !readCell(o, path, &c))
            return false;
        cells->append(c);
    }
    return true;
}

bool JsonReader::readCell(const QJsonObject &o, const QString &p, CellResult *c)
{
    return m_fields.string(o, p, QStringLiteral("strategy"), &c->strategy) &&
           m_fields.integer(o, p, QStringLiteral("workers"), &c->workers, 1) &&
           m_fields.integer(o, p, QStringLiteral("chunkSize"), &c->chunkSize, 0) &&
           m_fields.integerList(o, p, QStringLiteral("warmupNs"), &c->warmupNs, 0) &&
           m_fields.integerList(o, p, QStringLiteral("samplesNs"), &c->samplesNs, 0) &&
           readStats(o, p, c->samplesNs.size(), &c->stats) &&
           m_fields.boolean(o, p, QStringLiteral("verified"), &c->verified) &&
           m_fields.string(o, p, QStringLiteral("error"), &c->error) && readErrorKind(o, p, c) &&
           readVersion2Measurements(o, p, c) &&
           m_fields.integer(o, p, QStringLiteral("peakExtraBytes"), &c->peakExtraBytes, -1) &&
           m_fields.number(o, p, QStringLiteral("runQueueWaitNs"), &c->runQueueWaitNs);
}

bool JsonReader::readVersion2Measurements(const QJsonObject &o, const QString &p, CellResult *c)
{
    if (m_version < 2)
        return true; // size comes from the config (read()); CPU time and steal are unknown
    if (!m_fields.integer(o, p, QStringLiteral("size"), &c->size, 0) ||
        !m_fields.integerList(o, p, QStringLiteral("cpuNs"), &c->cpuNs, 0) ||
        !m_fields.number(o, p, QStringLiteral("stealNs"), &c->stealNs))
        return false;
    if (!c->cpuNs.isEmpty() && c->cpuNs.size() != c->samplesNs.size())
        return m_fields.fail(JsonFields::join(p, QStringLiteral("cpuNs")),
                             QStringLiteral("has %1 values but samplesNs has %2; expected one "
                                            "per timed sample, or none when unknown")
                                 .arg(c->cpuNs.size())
                                 .arg(c->samplesNs.size()));
    return true;
}

bool JsonReader::readErrorKind(const QJsonObject &o, const QString &p, CellResult *c)
{
    if (m_version < 2) {
        // Version 1 told the kinds apart by a prefix of the message only.
        if (c->error.isEmpty())
            c->errorKind = CellErrorKind::None;
        else if (c->error.startsWith(QLatin1String("verification failed: ")))
            c->errorKind = CellErrorKind::Verification;
        else if (c->error.startsWith(QLatin1String("kernel threw:")))
            c->errorKind = CellErrorKind::Kernel;
        else
            c->errorKind = CellErrorKind::Engine;
        return true;
    }
    if (!o.contains(QLatin1String("errorKind"))) {
        c->errorKind = CellErrorKind::None;
        return true;
    }
    QString name;
    if (!m_fields.string(o, p, QStringLiteral("errorKind"), &name))
        return false;
    const std::optional<CellErrorKind> kind = cellErrorKindFromName(name);
    if (!kind)
        return m_fields.fail(JsonFields::join(p, QStringLiteral("errorKind")),
                             QStringLiteral("unknown error kind \"%1\"; expected none, "
                                            "kernel-error, out-of-memory, verification-mismatch, "
                                            "canceled, thread-start, crashed or engine-error")
                                 .arg(name));
    c->errorKind = *kind;
    return true;
}

bool JsonReader::readStats(const QJsonObject &cell, const QString &cellPath, qsizetype samples,
                           CellStats *s)
{
    const QString p = JsonFields::join(cellPath, QStringLiteral("stats"));
    QJsonObject o;
    if (!m_fields.object(cell, cellPath, QStringLiteral("stats"), &o) ||
        !m_fields.integer(o, p, QStringLiteral("n"), &s->n, 0))
        return false;
    const struct
    {
        const char *key;
        double *out;
    } numbers[] = {{"minNs", &s->minNs},
                   {"maxNs", &s->maxNs},
                   {"medianNs", &s->medianNs},
                   {"meanNs", &s->meanNs},
                   {"stddevNs", &s->stddevNs},
                   {"medianCiLowNs", &s->medianCiLowNs},
                   {"medianCiHighNs", &s->medianCiHighNs},
                   {"relCiWidth", &s->relCiWidth},
                   {"speedup", &s->speedup},
                   {"speedupCiLow", &s->speedupCiLow},
                   {"speedupCiHigh", &s->speedupCiHigh},
                   {"efficiency", &s->efficiency}};
    for (const auto &n : numbers)
        if (!m_fields.number(o, p, QString::fromLatin1(n.key), n.out))
            return false;
    // Out-of-range indices would make a viewer highlight samples that do not exist.
    if (!m_fields.integerList(o, p, QStringLiteral("outlierIndices"), &s->outlierIndices, 0))
        return false;
    for (qsizetype i = 0; i < s->outlierIndices.size(); ++i)
        if (s->outlierIndices[i] >= samples)
            return m_fields.fail(
                JsonFields::index(JsonFields::join(p, QStringLiteral("outlierIndices")), i),
                QStringLiteral("index %1 is out of range: the cell has %2 samples")
                    .arg(s->outlierIndices[i])
                    .arg(samples));
    const QJsonValue kf = o.value(QStringLiteral("karpFlatt"));
    if (!o.contains(QStringLiteral("karpFlatt")) || !(kf.isNull() || kf.isDouble()))
        return m_fields.fail(
            JsonFields::join(p, QStringLiteral("karpFlatt")),
            QStringLiteral("expected a number or null, got %1").arg(JsonFields::describe(kf)));
    s->karpFlatt = kf.isNull() ? std::nullopt : std::optional<double>(kf.toDouble());
    // Added with CPU time measurement: optional; null or absent = unknown.
    s->cpuUtilisation = -1;
    if (o.contains(QLatin1String("cpuUtilisation")) &&
        !o.value(QLatin1String("cpuUtilisation")).isNull() &&
        !m_fields.number(o, p, QStringLiteral("cpuUtilisation"), &s->cpuUtilisation))
        return false;
    return true;
}

bool JsonReader::readFits(const QJsonObject &root, QList<AmdahlFit> *fits)
{
    QJsonArray a;
    if (!m_fields.array(root, kTop, QStringLiteral("fits"), &a))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject o;
        AmdahlFit f;
        const QString p = JsonFields::index(QStringLiteral("fits"), i);
        if (!objectAt(a, QStringLiteral("fits"), i, &o) ||
            !m_fields.string(o, p, QStringLiteral("strategy"), &f.strategy) ||
            !m_fields.number(o, p, QStringLiteral("serialFraction"), &f.serialFraction) ||
            !m_fields.number(o, p, QStringLiteral("rSquared"), &f.rSquared) ||
            !m_fields.integer(o, p, QStringLiteral("points"), &f.points, 0) ||
            // Added with size sweeps and the honest-fit rules: optional.
            (o.contains(QLatin1String("size")) &&
             !m_fields.integer(o, p, QStringLiteral("size"), &f.size, 0)) ||
            (o.contains(QLatin1String("fitted")) &&
             !m_fields.boolean(o, p, QStringLiteral("fitted"), &f.fitted)) ||
            (o.contains(QLatin1String("clamped")) &&
             !m_fields.boolean(o, p, QStringLiteral("clamped"), &f.clamped)))
            return false;
        if (!f.fitted) // written as null: no fit, no numbers
            f.serialFraction = f.rSquared = 0;
        fits->append(f);
    }
    return true;
}

bool JsonReader::readBreakEvens(const QJsonObject &root, QList<BreakEven> *list)
{
    QJsonArray a;
    if (!root.contains(QLatin1String("breakEvens"))) // added with size sweeps: optional
        return true;
    if (!m_fields.array(root, kTop, QStringLiteral("breakEvens"), &a))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject o;
        BreakEven b;
        QString kind;
        const QString p = JsonFields::index(QStringLiteral("breakEvens"), i);
        if (!objectAt(a, QStringLiteral("breakEvens"), i, &o) ||
            !m_fields.string(o, p, QStringLiteral("strategy"), &b.strategy) ||
            !m_fields.integer(o, p, QStringLiteral("workers"), &b.workers, 1) ||
            !m_fields.string(o, p, QStringLiteral("kind"), &kind) ||
            !m_fields.number(o, p, QStringLiteral("size"), &b.size) ||
            !m_fields.integer(o, p, QStringLiteral("below"), &b.below, 0) ||
            !m_fields.integer(o, p, QStringLiteral("above"), &b.above, 0))
            return false;
        const std::optional<BreakEvenKind> k = breakEvenKindFromName(kind);
        if (!k)
            return m_fields.fail(JsonFields::join(p, QStringLiteral("kind")),
                                 QStringLiteral("unknown kind \"%1\"; expected interpolated, "
                                                "bracketed, at-smallest or not-reached")
                                     .arg(kind));
        b.kind = *k;
        if (!std::isfinite(b.size)) // written as null when there is no estimate
            b.size = 0;
        list->append(b);
    }
    return true;
}

bool JsonReader::readCostModels(const QJsonObject &root, QList<CostModel> *list)
{
    QJsonArray a;
    if (!root.contains(QLatin1String("costModels"))) // added with size sweeps: optional
        return true;
    if (!m_fields.array(root, kTop, QStringLiteral("costModels"), &a))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject o;
        CostModel m;
        const QString p = JsonFields::index(QStringLiteral("costModels"), i);
        if (!objectAt(a, QStringLiteral("costModels"), i, &o) ||
            !m_fields.string(o, p, QStringLiteral("strategy"), &m.strategy) ||
            !m_fields.integer(o, p, QStringLiteral("workers"), &m.workers, 1) ||
            !m_fields.number(o, p, QStringLiteral("fixedNs"), &m.fixedNs) ||
            !m_fields.number(o, p, QStringLiteral("perItemNs"), &m.perItemNs) ||
            !m_fields.number(o, p, QStringLiteral("rSquared"), &m.rSquared) ||
            !m_fields.integer(o, p, QStringLiteral("points"), &m.points, 0) ||
            !m_fields.boolean(o, p, QStringLiteral("fixedClamped"), &m.fixedClamped))
            return false;
        list->append(m);
    }
    return true;
}

bool JsonReader::readWarnings(const QJsonObject &root, QList<Warning> *warnings)
{
    QJsonArray a;
    if (!m_fields.array(root, kTop, QStringLiteral("warnings"), &a))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject o;
        Warning w;
        const QString p = JsonFields::index(QStringLiteral("warnings"), i);
        if (!objectAt(a, QStringLiteral("warnings"), i, &o) ||
            !m_fields.string(o, p, QStringLiteral("code"), &w.code) ||
            !m_fields.string(o, p, QStringLiteral("message"), &w.message) ||
            !m_fields.string(o, p, QStringLiteral("hint"), &w.hint) ||
            !m_fields.string(o, p, QStringLiteral("strategy"), &w.strategy) ||
            !m_fields.integer(o, p, QStringLiteral("workers"), &w.workers, 0) ||
            (o.contains(QLatin1String("size")) && // added with size sweeps: optional
             !m_fields.integer(o, p, QStringLiteral("size"), &w.size, 0)))
            return false;
        warnings->append(w);
    }
    return true;
}

} // namespace pb
