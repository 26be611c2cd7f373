#include "core/io/jsonfields.h"

#include <cmath>

namespace pb {

namespace {

// 2^53: above this a JSON double no longer represents every integer.
constexpr double kMaxExactDouble = 9007199254740992.0;

QString rangeText(qint64 min, qint64 max)
{
    const bool hasMin = min != std::numeric_limits<qint64>::min();
    // The int limit is a storage bound, not a rule worth stating in every message.
    const bool hasMax = max < std::numeric_limits<int>::max();
    if (hasMin && hasMax)
        return QStringLiteral("an integer in [%1, %2]").arg(min).arg(max);
    if (hasMin)
        return min == 0 ? QStringLiteral("a non-negative integer")
                        : QStringLiteral("an integer >= %1").arg(min);
    return QStringLiteral("an integer");
}

} // namespace

bool JsonFields::fail(const QString &field, const QString &what)
{
    if (m_error && m_error->isEmpty())
        *m_error = field + QStringLiteral(": ") + what;
    return false;
}

QString JsonFields::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFields::index(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

QString JsonFields::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(v.toDouble(), 0, 'g', 17);
    case QJsonValue::String: {
        const QString s = v.toString();
        return QStringLiteral("a string (\"%1\")")
            .arg(s.size() > 40 ? s.left(40) + QStringLiteral("…") : s);
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonFields::present(const QJsonObject &o, const QString &field, const QString &key,
                         QJsonValue *v)
{
    if (!o.contains(key))
        return fail(field, QStringLiteral("required field is missing"));
    *v = o.value(key);
    return true;
}

bool JsonFields::object(const QJsonObject &o, const QString &path, const QString &key,
                        QJsonObject *out)
{
    const QString field = join(path, key);
    QJsonValue v;
    if (!present(o, field, key, &v))
        return false;
    if (!v.isObject())
        return fail(field, QStringLiteral("expected an object, got %1").arg(describe(v)));
    *out = v.toObject();
    return true;
}

bool JsonFields::array(const QJsonObject &o, const QString &path, const QString &key,
                       QJsonArray *out)
{
    const QString field = join(path, key);
    QJsonValue v;
    if (!present(o, field, key, &v))
        return false;
    if (!v.isArray())
        return fail(field, QStringLiteral("expected an array, got %1").arg(describe(v)));
    *out = v.toArray();
    return true;
}

bool JsonFields::string(const QJsonObject &o, const QString &path, const QString &key, QString *out)
{
    const QString field = join(path, key);
    QJsonValue v;
    if (!present(o, field, key, &v))
        return false;
    if (!v.isString())
        return fail(field, QStringLiteral("expected a string, got %1").arg(describe(v)));
    *out = v.toString();
    return true;
}

bool JsonFields::boolean(const QJsonObject &o, const QString &path, const QString &key, bool *out)
{
    const QString field = join(path, key);
    QJsonValue v;
    if (!present(o, field, key, &v))
        return false;
    if (!v.isBool())
        return fail(field, QStringLiteral("expected true or false, got %1").arg(describe(v)));
    *out = v.toBool();
    return true;
}

bool JsonFields::number(const QJsonObject &o, const QString &path, const QString &key, double *out)
{
    const QString field = join(path, key);
    QJsonValue v;
    if (!present(o, field, key, &v))
        return false;
    if (v.isNull()) {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (!v.isDouble())
        return fail(field, QStringLiteral("expected a number, got %1").arg(describe(v)));
    *out = v.toDouble();
    return true;
}

bool JsonFields::integerValue(const QJsonValue &v, const QString &field, qint64 min, qint64 max,
                              qint64 *out)
{
    const QString expected = rangeText(min, max);
    if (!v.isDouble())
        return fail(field, QStringLiteral("expected %1, got %2").arg(expected, describe(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return fail(field, QStringLiteral("expected %1, got %2").arg(expected, describe(v)));
    // Qt keeps integers parsed from text exact (toInteger); a double beyond 2^53 is not.
    const qint64 value = v.toInteger(std::numeric_limits<qint64>::min());
    if (value == std::numeric_limits<qint64>::min() && std::abs(d) >= kMaxExactDouble)
        return fail(field, QStringLiteral("integer %1 is too large").arg(d, 0, 'g', 17));
    if (value < min)
        return fail(field, QStringLiteral("expected %1, got %2").arg(expected).arg(value));
    if (value > max)
        return fail(field, QStringLiteral("%1 is too large (maximum %2)").arg(value).arg(max));
    *out = value;
    return true;
}

bool JsonFields::integer(const QJsonObject &o, const QString &path, const QString &key, qint64 *out,
                         qint64 min, qint64 max)
{
    const QString field = join(path, key);
    QJsonValue v;
    return present(o, field, key, &v) && integerValue(v, field, min, max, out);
}

bool JsonFields::integer(const QJsonObject &o, const QString &path, const QString &key, int *out,
                         int min)
{
    qint64 value = 0;
    if (!integer(o, path, key, &value, min, std::numeric_limits<int>::max()))
        return false;
    *out = int(value);
    return true;
}

bool JsonFields::integerList(const QJsonObject &o, const QString &path, const QString &key,
                             QList<qint64> *out, qint64 min)
{
    QJsonArray a;
    if (!array(o, path, key, &a))
        return false;
    const QString field = join(path, key);
    out->clear();
    out->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        qint64 value = 0;
        if (!integerValue(a.at(i), index(field, i), min, std::numeric_limits<qint64>::max(),
                          &value))
            return false;
        out->append(value);
    }
    return true;
}

bool JsonFields::integerList(const QJsonObject &o, const QString &path, const QString &key,
                             QList<int> *out, int min)
{
    QJsonArray a;
    if (!array(o, path, key, &a))
        return false;
    const QString field = join(path, key);
    out->clear();
    out->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        qint64 value = 0;
        if (!integerValue(a.at(i), index(field, i), min, std::numeric_limits<int>::max(), &value))
            return false;
        out->append(int(value));
    }
    return true;
}

bool JsonFields::stringList(const QJsonObject &o, const QString &path, const QString &key,
                            QStringList *out)
{
    QJsonArray a;
    if (!array(o, path, key, &a))
        return false;
    const QString field = join(path, key);
    out->clear();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            return fail(index(field, i),
                        QStringLiteral("expected a string, got %1").arg(describe(a.at(i))));
        out->append(a.at(i).toString());
    }
    return true;
}

} // namespace pb
