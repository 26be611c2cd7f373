#pragma once

// Workload parameters: declared once by a workload (ParamSpec), they drive `parabench-cli
// --list`, the app's parameter editor and the validation of every value, with messages that
// name the parameter, the allowed range and the value given.
//
// Part of the plugin ABI (SDK major version): ParamSpec's layout is frozen within a major.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace pb {

/// How a parameter is edited and checked.
enum class ParamType { Int, Double, Bool, Choice };

/// One workload parameter. Build it with the factories: ParamSpec::integer("steps", 256, 1,
/// 1'000'000, "integration steps per item").
struct ParamSpec
{
    QString key; ///< [a-z][a-z0-9_]*, e.g. "us_per_item"
    ParamType type = ParamType::Double;
    QVariant defaultValue; ///< qint64 (Int), double (Double), bool (Bool), QString (Choice)
    double min = 0;        ///< inclusive lower bound (Int, Double)
    double max = 0;        ///< inclusive upper bound (Int, Double)
    QStringList choices;   ///< the allowed values (Choice)
    QString help;          ///< one line: what it changes, with its unit

    static ParamSpec integer(const char *key, qint64 defaultValue, qint64 min, qint64 max,
                             const char *help)
    {
        return {QString::fromUtf8(key),
                ParamType::Int,
                QVariant(defaultValue),
                double(min),
                double(max),
                {},
                QString::fromUtf8(help)};
    }
    static ParamSpec real(const char *key, double defaultValue, double min, double max,
                          const char *help)
    {
        return {QString::fromUtf8(key), ParamType::Double, QVariant(defaultValue), min, max, {},
                QString::fromUtf8(help)};
    }
    static ParamSpec flag(const char *key, bool defaultValue, const char *help)
    {
        return {QString::fromUtf8(key), ParamType::Bool, QVariant(defaultValue), 0, 1, {},
                QString::fromUtf8(help)};
    }
    static ParamSpec choice(const char *key, std::initializer_list<const char *> choices,
                            const char *defaultValue, const char *help)
    {
        QStringList list;
        for (const char *c : choices)
            list << QString::fromUtf8(c);
        return {QString::fromUtf8(key),
                ParamType::Choice,
                QVariant(QString::fromUtf8(defaultValue)),
                0,
                0,
                list,
                QString::fromUtf8(help)};
    }
};

/// "int", "double", "bool" or "choice".
inline QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::Int:
        return QStringLiteral("int");
    case ParamType::Double:
        return QStringLiteral("double");
    case ParamType::Bool:
        return QStringLiteral("bool");
    case ParamType::Choice:
        break;
    }
    return QStringLiteral("choice");
}

/// A number as people write it in a message: 0.01, 250, 1e6, 1e-9.
inline QString formatParamNumber(double v)
{
    QString s = QString::number(v, 'g', 15);
    if (std::abs(v) >= 1e5 && v == std::floor(v)) {
        // 1000000 -> 1e6, but keep 123456 as it is.
        int exponent = 0;
        double m = v;
        while (std::fmod(m, 10.0) == 0 && m != 0) {
            m /= 10;
            ++exponent;
        }
        if (exponent >= 5)
            s = QString::number(m, 'g', 15) + QStringLiteral("e") + QString::number(exponent);
    }
    return s.replace(QStringLiteral("e+"), QStringLiteral("e"))
        .replace(QStringLiteral("e-0"), QStringLiteral("e-"));
}

/// A parameter's value as text (the default in --list, a value in a message).
inline QString formatParamValue(const ParamSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case ParamType::Int:
    case ParamType::Double:
        return formatParamNumber(value.toDouble());
    case ParamType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ParamType::Choice:
        break;
    }
    return value.toString();
}

namespace detail {

inline bool paramFail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// A value given as a number or as text ("5", "1e3"); nullopt when it is neither.
inline std::optional<double> paramNumber(const QVariant &v)
{
    bool ok = false;
    double d = 0;
    if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray)
        d = v.toString().trimmed().toDouble(&ok);
    else if (v.typeId() != QMetaType::Bool)
        d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

inline std::optional<bool> paramBool(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString t = v.toString().trimmed().toLower();
    for (const char *yes : {"true", "yes", "on", "1"})
        if (t == QLatin1String(yes))
            return true;
    for (const char *no : {"false", "no", "off", "0"})
        if (t == QLatin1String(no))
            return false;
    return std::nullopt;
}

/// One value checked against its spec; the converted value, or nullopt with *error.
inline std::optional<QVariant> checkParamValue(const QString &workloadId, const ParamSpec &spec,
                                               const QVariant &value, QString *error)
{
    const QString who = QStringLiteral("%1: %2").arg(workloadId, spec.key);
    const QString given = value.toString();
    if (spec.type == ParamType::Bool) {
        const std::optional<bool> b = paramBool(value);
        if (!b)
            paramFail(error, QStringLiteral("%1 must be true or false, got '%2'").arg(who, given));
        return b ? std::optional<QVariant>(QVariant(*b)) : std::nullopt;
    }
    if (spec.type == ParamType::Choice) {
        if (spec.choices.contains(given))
            return QVariant(given);
        paramFail(error, QStringLiteral("%1 must be one of %2; got '%3'")
                             .arg(who, spec.choices.join(QStringLiteral(", ")), given));
        return std::nullopt;
    }
    const std::optional<double> d = paramNumber(value);
    if (!d) {
        paramFail(error, QStringLiteral("%1 must be a number, got '%2'").arg(who, given));
        return std::nullopt;
    }
    if (spec.type == ParamType::Int && *d != std::floor(*d)) {
        paramFail(
            error,
            QStringLiteral("%1 must be a whole number, got %2").arg(who, formatParamNumber(*d)));
        return std::nullopt;
    }
    if (*d < spec.min || *d > spec.max) {
        paramFail(error, QStringLiteral("%1 must be between %2 and %3, got %4")
                             .arg(who, formatParamNumber(spec.min), formatParamNumber(spec.max),
                                  formatParamNumber(*d)));
        return std::nullopt;
    }
    return spec.type == ParamType::Int ? QVariant(qint64(*d)) : QVariant(*d);
}

} // namespace detail

/// Checks `given` against `specs` and completes it: every key known, every value of the right
/// type and in range, defaults for the keys not given. Returns the typed values (qint64, double,
/// bool, QString), or nullopt with a message such as
/// "spin: us_per_item must be between 0.01 and 1e6, got 0".
inline std::optional<QVariantMap> resolveParams(const QString &workloadId,
                                                const QList<ParamSpec> &specs,
                                                const QVariantMap &given, QString *error)
{
    QStringList keys;
    for (const ParamSpec &s : specs)
        keys << s.key;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (keys.contains(it.key()))
            continue;
        const QString valid =
            keys.isEmpty()
                ? QStringLiteral("this workload takes no parameters")
                : QStringLiteral("valid parameters: %1").arg(keys.join(QStringLiteral(", ")));
        detail::paramFail(
            error,
            QStringLiteral("%1: unknown parameter '%2'; %3").arg(workloadId, it.key(), valid));
        return std::nullopt;
    }
    QVariantMap values;
    for (const ParamSpec &s : specs) {
        const auto v =
            detail::checkParamValue(workloadId, s, given.value(s.key, s.defaultValue), error);
        if (!v)
            return std::nullopt;
        values.insert(s.key, *v);
    }
    return values;
}

/// Checks the declarations themselves (a host does it when it loads a plugin): keys well formed
/// and unique, ranges ordered, defaults valid. False with a message naming the parameter.
inline bool checkParamSpecs(const QString &workloadId, const QList<ParamSpec> &specs,
                            QString *error)
{
    QStringList seen;
    for (const ParamSpec &s : specs) {
        bool wellFormed = !s.key.isEmpty() && s.key.front() >= u'a' && s.key.front() <= u'z';
        for (QChar c : s.key)
            wellFormed =
                wellFormed && ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_');
        if (!wellFormed)
            return detail::paramFail(
                error, QStringLiteral("%1: parameter key '%2' must match [a-z][a-z0-9_]*")
                           .arg(workloadId, s.key));
        if (seen.contains(s.key))
            return detail::paramFail(
                error,
                QStringLiteral("%1: parameter '%2' is declared twice").arg(workloadId, s.key));
        seen << s.key;
        if (!(s.min <= s.max))
            return detail::paramFail(
                error,
                QStringLiteral("%1: parameter '%2' has min %3 above max %4")
                    .arg(workloadId, s.key, formatParamNumber(s.min), formatParamNumber(s.max)));
        if (s.type == ParamType::Choice && s.choices.isEmpty())
            return detail::paramFail(
                error,
                QStringLiteral("%1: choice parameter '%2' has no choices").arg(workloadId, s.key));
        QString why;
        if (!detail::checkParamValue(workloadId, s, s.defaultValue, &why))
            return detail::paramFail(error, QStringLiteral("invalid default: %1").arg(why));
    }
    return true;
}

/// The checked values a workload's kernel is built from (see resolveParams). Typed getters;
/// a key that was not declared gives 0 / false / an empty string.
class Params
{
public:
    Params() = default;
    explicit Params(QVariantMap values) : m_values(std::move(values)) {}

    qint64 integer(const char *key) const { return value(key).toLongLong(); }
    double real(const char *key) const { return value(key).toDouble(); }
    bool flag(const char *key) const { return value(key).toBool(); }
    QString choice(const char *key) const { return value(key).toString(); }
    const QVariantMap &values() const { return m_values; }

private:
    QVariant value(const char *key) const { return m_values.value(QString::fromUtf8(key)); }

    QVariantMap m_values;
};

} // namespace pb
