#include "ui/chartstyle.h"

#include <QMap>

#include <array>
#include <cmath>

namespace pb::ui {

const QList<QColor> &seriesPalette()
{
    static const QList<QColor> palette{
        QColor(0xd5, 0x5e, 0x00), // vermillion
        QColor(0x00, 0x72, 0xb2), // blue
        QColor(0x00, 0x9e, 0x73), // bluish green
        QColor(0xcc, 0x79, 0xa7), // reddish purple
        QColor(0xe6, 0x9f, 0x00), // orange
        QColor(0x56, 0xb4, 0xe9), // sky blue
        QColor(0x88, 0x22, 0x55), // wine (Paul Tol)
        QColor(0x33, 0x22, 0x88), // indigo (Paul Tol)
        QColor(0x6e, 0x4b, 0x00), // brown
    };
    return palette;
}

QColor baselineColor()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor referenceColor()
{
    return QColor(0x70, 0x70, 0x70);
}

QColor failedColor()
{
    return QColor(0xd0, 0x10, 0x10);
}

QColor runSwatchColor()
{
    return QColor(0x40, 0x40, 0x40);
}

// Fixed per strategy so "mapped is vermillion" holds in every chart, run and export.
QColor strategyColor(const QString &strategy)
{
    static const QMap<QString, int> index{
        {QStringLiteral("mapped"), 0},  {QStringLiteral("chunked"), 1},
        {QStringLiteral("inplace"), 2}, {QStringLiteral("mapreduce"), 3},
        {QStringLiteral("threads"), 4}, {QStringLiteral("openmp"), 5},
    };
    const auto it = index.find(strategy);
    return it == index.end() ? QColor() : seriesPalette().at(*it);
}

SeriesColors::SeriesColors(const QStringList &names)
{
    QList<QColor> free = seriesPalette();
    for (const QString &n : names)
        if (const QColor c = strategyColor(n); c.isValid()) {
            m_colors.insert(n, c);
            free.removeOne(c);
        }
    // More names than hues: the hues repeat (the run's marker still differs).
    if (free.isEmpty())
        free = seriesPalette();
    int next = 0;
    for (const QString &n : names)
        if (!m_colors.contains(n))
            m_colors.insert(n, free.at(next++ % free.size()));
}

QColor SeriesColors::color(const QString &name) const
{
    return m_colors.value(name, seriesPalette().first());
}

RunStyle runStyle(int rank)
{
    static const LineStyle styles[] = {LineStyle::Solid, LineStyle::Dashed, LineStyle::Dotted,
                                       LineStyle::DashDot, LineStyle::DashDotDot};
    static const PointMarker markers[] = {PointMarker::Circle, PointMarker::Square,
                                          PointMarker::Triangle, PointMarker::Diamond};
    const int r = std::max(0, rank);
    return {styles[r % 5], markers[r % 4]};
}

namespace {

std::array<double, 3> lab(const QColor &c)
{
    auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) {
        return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

} // namespace

double deltaE(const QColor &a, const QColor &b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

} // namespace pb::ui
