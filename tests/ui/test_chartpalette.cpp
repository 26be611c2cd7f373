// The series palette: colours far apart for normal vision and for simulated colour-vision
// deficiencies, the serial baseline apart from all of them, strategies' hues stable.
#include "ui/chartstyle.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using namespace pb::ui;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const Matrix kProtan{{{0.152286, 1.052583, -0.204868},
                      {0.114503, 0.786281, 0.099216},
                      {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeutan{{{0.367322, 0.860646, -0.227968},
                      {0.280085, 0.672501, 0.047413},
                      {-0.011820, 0.042940, 0.968881}}};
const Matrix kTritan{{{1.255528, -0.076749, -0.178779},
                      {-0.078411, 0.930809, 0.147602},
                      {0.004733, 0.691367, 0.303900}}};

double toLinear(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double toGamma(double v)
{
    v = std::clamp(v, 0.0, 1.0);
    return v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
}

QColor simulate(const QColor &c, const Matrix &m)
{
    const std::array<double, 3> in{toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
    std::array<double, 3> out{};
    for (int i = 0; i < 3; ++i)
        out[i] = toGamma(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2]);
    return QColor::fromRgbF(float(out[0]), float(out[1]), float(out[2]));
}

QList<QColor> paletteWithBaseline()
{
    QList<QColor> all = seriesPalette();
    all.append(baselineColor());
    return all;
}

double smallestDistance(const QList<QColor> &colors, const Matrix *m)
{
    double smallest = 1e9;
    for (int i = 0; i < colors.size(); ++i)
        for (int j = i + 1; j < colors.size(); ++j) {
            const QColor a = m ? simulate(colors[i], *m) : colors[i];
            const QColor b = m ? simulate(colors[j], *m) : colors[j];
            smallest = std::min(smallest, deltaE(a, b));
        }
    return smallest;
}

} // namespace

TEST(ChartPalette, NineHuesAndTheBaselineStayApart)
{
    ASSERT_GE(seriesPalette().size(), 9);
    const QList<QColor> all = paletteWithBaseline();
    // ΔE*ab: about 2 is just noticeable; 25 is an obviously different colour.
    EXPECT_GE(smallestDistance(all, nullptr), 25.0);
    EXPECT_GE(smallestDistance(all, &kProtan), 15.0) << "protanopia";
    EXPECT_GE(smallestDistance(all, &kDeutan), 15.0) << "deuteranopia";
    EXPECT_GE(smallestDistance(all, &kTritan), 15.0) << "tritanopia";
}

TEST(ChartPalette, SimulationIsNotTheIdentity)
{
    // Red and green collapse for a deuteranope: the check above would catch such a pair.
    EXPECT_GT(deltaE(QColor(Qt::red), QColor(Qt::green)), 80);
    EXPECT_LT(deltaE(simulate(QColor(0xd0, 0x30, 0x30), kDeutan),
                     simulate(QColor(0x60, 0x80, 0x20), kDeutan)),
              15);
}

TEST(ChartPalette, BuiltInStrategiesKeepTheirHueWhateverElseIsShown)
{
    const SeriesColors a({QStringLiteral("mapped"), QStringLiteral("chunked")});
    const SeriesColors b({QStringLiteral("BM_plugin"), QStringLiteral("openmp"),
                          QStringLiteral("chunked"), QStringLiteral("mapped")});
    for (const QString &s : {QStringLiteral("mapped"), QStringLiteral("chunked")}) {
        EXPECT_EQ(a.color(s), strategyColor(s));
        EXPECT_EQ(b.color(s), strategyColor(s));
    }
    // Other names get hues no built-in on the chart uses.
    for (const QString &s :
         {QStringLiteral("openmp"), QStringLiteral("chunked"), QStringLiteral("mapped")})
        EXPECT_NE(b.color(QStringLiteral("BM_plugin")), b.color(s));
}

TEST(ChartPalette, UpToNineSeriesGetDistinctHues)
{
    QStringList names;
    for (int i = 0; i < 9; ++i)
        names << QStringLiteral("series %1").arg(i);
    const SeriesColors colors(names);
    QList<QColor> seen;
    for (const QString &n : names) {
        EXPECT_FALSE(seen.contains(colors.color(n))) << n.toStdString();
        seen.append(colors.color(n));
    }
}

TEST(ChartPalette, RunStylesDifferForTwentyRuns)
{
    QList<QPair<LineStyle, PointMarker>> seen;
    for (int rank = 0; rank < 20; ++rank) {
        const RunStyle s = runStyle(rank);
        EXPECT_NE(s.marker, PointMarker::Cross); // reserved for failed cells
        EXPECT_NE(s.style, LineStyle::PointsOnly);
        const QPair<LineStyle, PointMarker> key{s.style, s.marker};
        EXPECT_FALSE(seen.contains(key)) << rank;
        seen.append(key);
    }
    for (int a = 0; a < 5; ++a)
        for (int b = a + 1; b < 5; ++b)
            EXPECT_NE(runStyle(a).style, runStyle(b).style);
}
