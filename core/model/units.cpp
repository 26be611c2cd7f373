#include "core/model/units.h"

#include <cmath>

namespace pb {

namespace {

/// Three significant digits without exponent: 1.23, 12.3, 123 (values in [1, 1000)).
QString threeDigits(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 99.95 ? 0 : (a >= 9.995 ? 1 : 2);
    return QString::number(v, 'f', decimals);
}

} // namespace

QString formatDuration(double ns)
{
    if (!std::isfinite(ns))
        return QStringLiteral("–");
    struct Unit
    {
        double scale;
        const char *name;
    };
    static const Unit units[] = {{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}};
    const double a = std::abs(ns);
    // Compare against the rounded boundary so 999.96 µs prints as "1.00 ms", not "1000 µs".
    for (const Unit &u : units)
        if (a >= u.scale * 0.9995)
            return threeDigits(ns / u.scale) + QLatin1Char(' ') + QString::fromUtf8(u.name);
    return QString::number(ns, 'f', a < 10 && ns != std::floor(ns) ? 1 : 0) + QStringLiteral(" ns");
}

QString formatBytes(double bytes)
{
    if (!std::isfinite(bytes) || bytes < 0)
        return QStringLiteral("unknown");
    static const char *units[] = {"GiB", "MiB", "KiB"};
    double scale = 1024.0 * 1024.0 * 1024.0;
    for (const char *u : units) {
        if (bytes >= scale * 0.9995)
            return threeDigits(bytes / scale) + QLatin1Char(' ') + QLatin1String(u);
        scale /= 1024.0;
    }
    return QString::number(qint64(bytes)) + QStringLiteral(" B");
}

QString formatRatio(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return QString::number(value, 'f', decimals);
}

QString formatCount(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString formatApproxCount(double n)
{
    if (!std::isfinite(n))
        return QStringLiteral("–");
    if (std::abs(n) < 10)
        return QString::number(std::llround(n));
    const double scale = std::pow(10.0, std::floor(std::log10(std::abs(n))) - 1);
    return formatCount(qint64(std::llround(double(std::llround(n / scale)) * scale)));
}

} // namespace pb
