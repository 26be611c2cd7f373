#include "core/io/gbenchreader.h"

#include "core/io/jsonfields.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace pb {

using namespace Qt::Literals::StringLiterals;

namespace {

double nsPerUnit(const QString &unit)
{
    if (unit == u"ns"_s)
        return 1;
    if (unit == u"us"_s)
        return 1e3;
    if (unit == u"ms"_s)
        return 1e6;
    if (unit == u"s"_s)
        return 1e9;
    return 0;
}

int optionalInt(const QJsonObject &o, const QString &key, int fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? int(v.toDouble()) : fallback;
}

double optionalNumber(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 0 ? v.toDouble() : -1;
}

SystemInfo systemFrom(const QJsonObject &c)
{
    SystemInfo s;
    s.hostname = c.value(u"host_name"_s).toString();
    s.logicalCores = c.value(u"num_cpus"_s).toInt();
    s.cpuModel = c.value(u"parabench_cpu_model"_s).toString();
    // The benchmark's own build type is not recorded (library_build_type is the library's).
    s.buildType = c.value(u"parabench_build_type"_s).toString();
    s.sanitized = s.buildType.contains(u"sanitizers"_s);
    if (s.sanitized)
        s.buildType = s.buildType.section(u" + "_s, 0, 0);
    s.parabenchVersion = c.value(u"parabench_version"_s).toString();
    const QJsonArray load = c.value(u"load_avg"_s).toArray();
    s.loadAverage1 = load.isEmpty() ? -1 : load.first().toDouble(-1);
    s.date = QDateTime::fromString(c.value(u"date"_s).toString(), Qt::ISODate).toUTC();
    s.cpuGovernor = u"unknown"_s;
    return s;
}

class EntryReader
{
public:
    EntryReader(QString *error, GbenchFile *file) : m_fields(error), m_error(error), m_file(file) {}
    bool read(const QJsonObject &o, const QString &path, GbenchEntry *e);

private:
    bool time(const QJsonObject &o, const QString &path, const QString &key, double unitNs,
              const GbenchEntry &e, double *out);
    JsonFields m_fields;
    QString *m_error;
    GbenchFile *m_file;
};

bool EntryReader::time(const QJsonObject &o, const QString &path, const QString &key, double unitNs,
                       const GbenchEntry &e, double *out)
{
    const QString field = JsonFields::join(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return m_fields.fail(field, u"required field is missing (\"%1\")"_s.arg(e.name));
    if (!v.isDouble())
        return m_fields.fail(
            field, u"expected a number, got %1 (\"%2\")"_s.arg(JsonFields::describe(v), e.name));
    const double x = v.toDouble();
    if (!std::isfinite(x) || x < 0)
        return m_fields.fail(field, u"%1 is not a valid time (\"%2\"): times must be finite and "
                                    "not negative; the file is damaged"_s.arg(x, 0, 'g', 6)
                                        .arg(e.name));
    *out = x * unitNs;
    return true;
}

bool EntryReader::read(const QJsonObject &o, const QString &path, GbenchEntry *e)
{
    if (!m_fields.string(o, path, u"name"_s, &e->name))
        return false;
    e->aggregate = o.value(u"run_type"_s).toString() == u"aggregate"_s;
    e->aggregateName = o.value(u"aggregate_name"_s).toString();
    e->runName = o.value(u"run_name"_s).toString();
    if (e->runName.isEmpty())
        e->runName = e->aggregate && e->name.endsWith(u'_' + e->aggregateName)
                         ? e->name.chopped(e->aggregateName.size() + 1)
                         : e->name;
    e->familyIndex = optionalInt(o, u"family_index"_s, -1);
    e->instanceIndex = optionalInt(o, u"per_family_instance_index"_s, -1);
    e->repetitionIndex = optionalInt(o, u"repetition_index"_s, -1);
    e->repetitions = optionalInt(o, u"repetitions"_s, 0);
    e->threads = std::max(1, optionalInt(o, u"threads"_s, 1));
    e->iterations = o.value(u"iterations"_s).toDouble(0);
    e->error = o.value(u"error_occurred"_s).toBool(false);
    e->errorMessage = o.value(u"error_message"_s).toString();
    QString unit;
    if (!m_fields.string(o, path, u"time_unit"_s, &unit))
        return false;
    const double unitNs = nsPerUnit(unit);
    if (unitNs == 0)
        return m_fields.fail(
            JsonFields::join(path, u"time_unit"_s),
            u"unknown time unit \"%1\" (Google Benchmark writes ns, us, ms or s)"_s.arg(unit));
    if (!m_file->timeUnits.contains(unit))
        m_file->timeUnits.append(unit);
    if (!time(o, path, u"real_time"_s, unitNs, *e, &e->realNs) ||
        !time(o, path, u"cpu_time"_s, unitNs, *e, &e->cpuNs))
        return false;
    e->itemsPerSecond = optionalNumber(o, u"items_per_second"_s);
    e->bytesPerSecond = optionalNumber(o, u"bytes_per_second"_s);
    return true;
}

/// compare.py's order: family, instance, iterations before aggregates, repetition; entries
/// without indices keep their place in the file.
void sortEntries(QList<GbenchEntry> &entries)
{
    std::stable_sort(
        entries.begin(), entries.end(), [](const GbenchEntry &a, const GbenchEntry &b) {
            if (a.familyIndex < 0 || b.familyIndex < 0)
                return a.order < b.order;
            return std::tuple(a.familyIndex, a.instanceIndex, a.aggregate, a.repetitionIndex) <
                   std::tuple(b.familyIndex, b.instanceIndex, b.aggregate, b.repetitionIndex);
        });
}

} // namespace

bool isGbenchDocument(const QJsonObject &root)
{
    return root.value(u"benchmarks"_s).isArray() && !root.contains(u"format"_s);
}

std::optional<GbenchFile> parseGbench(const QJsonObject &root, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    GbenchFile file;
    JsonFields fields(err);
    const QJsonObject context = root.value(u"context"_s).toObject();
    if (context.contains(u"json_schema_version"_s) &&
        context.value(u"json_schema_version"_s).toInt(-1) != 1) {
        fields.fail(
            u"context.json_schema_version"_s,
            u"%1 is not supported: ParaBench reads Google Benchmark's schema version 1"_s.arg(
                JsonFields::describe(context.value(u"json_schema_version"_s))));
        return std::nullopt;
    }
    QJsonArray list;
    if (!fields.array(root, {}, u"benchmarks"_s, &list))
        return std::nullopt;
    file.system = systemFrom(context);
    file.executable = context.value(u"executable"_s).toString();
    file.libraryBuildType = context.value(u"library_build_type"_s).toString();
    file.fromParabench = context.contains(u"parabench_version"_s);
    file.parabenchWorkload = context.value(u"parabench_workload"_s).toString();
    EntryReader reader(err, &file);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonFields::index(u"benchmarks"_s, i);
        if (!list.at(i).isObject()) {
            fields.fail(path,
                        u"expected an object, got %1"_s.arg(JsonFields::describe(list.at(i))));
            return std::nullopt;
        }
        GbenchEntry e;
        e.order = int(i);
        if (!reader.read(list.at(i).toObject(), path, &e))
            return std::nullopt;
        file.entries.append(e);
    }
    sortEntries(file.entries);
    return file;
}

QString gbenchNanMessage(const QByteArray &bytes, qsizetype errorOffset)
{
    // QJsonDocument reports the offset at or just after the bad token.
    const qsizetype from = std::max<qsizetype>(0, errorOffset - 12);
    const QByteArray around = bytes.mid(from, 24);
    for (const char *token : {"NaN", "Infinity"})
        if (around.contains(token))
            return u"contains %1, which is not a number JSON allows: Google Benchmark writes it "
                   "for a time or counter it could not compute; ParaBench refuses NaN and "
                   "infinite values (re-run the benchmark, or remove the entry)"_s.arg(
                       QString::fromLatin1(token));
    return {};
}

} // namespace pb
