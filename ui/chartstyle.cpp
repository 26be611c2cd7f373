#include "ui/chartstyle.h"

#include <QMap>

namespace pb::ui {

QColor shade(const QColor &base, int i)
{
    static const int factors[] = {100, 150, 70, 200};
    const int f = factors[i % 4];
    return f >= 100 ? base.darker(f) : base.lighter(10000 / f);
}

// With one run on the chart, each strategy gets its own hue (stable across runs, Okabe–Ito, so
// "mapped is orange" holds from run to run); with several runs the hue says which run.
QColor strategyColor(const QString &strategy)
{
    static const QMap<QString, QColor> colors{
        {QStringLiteral("mapped"), QColor(0xd5, 0x5e, 0x00)},
        {QStringLiteral("chunked"), QColor(0x00, 0x72, 0xb2)},
        {QStringLiteral("inplace"), QColor(0x00, 0x9e, 0x73)},
        {QStringLiteral("mapreduce"), QColor(0xcc, 0x79, 0xa7)},
        {QStringLiteral("threads"), QColor(0x80, 0x80, 0x80)},
        {QStringLiteral("openmp"), QColor(0x20, 0x20, 0x20)},
    };
    return colors.value(strategy, QColor(0xe6, 0x9f, 0x00));
}

LineStyle strategyStyle(int i)
{
    static const LineStyle styles[] = {LineStyle::Solid, LineStyle::DashDotDot, LineStyle::Solid,
                                       LineStyle::DashDot};
    return styles[i % 4];
}

} // namespace pb::ui
