// Cost model t(N) = t0 + c·N over the sizes of a sweep.
#include "core/stats/costmodel.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pb;

namespace {

QList<SizeTime> line(double t0, double c, const QList<double> &sizes,
                     const QList<double> &relativeErrors = {})
{
    QList<SizeTime> points;
    for (qsizetype i = 0; i < sizes.size(); ++i)
        points.append({sizes[i], (t0 + c * sizes[i]) * (1 + relativeErrors.value(i))});
    return points;
}

const QList<double> kSizes{100, 1000, 10000, 100000, 1000000, 10000000};

} // namespace

TEST(CostModel, RecoversAnExactLine)
{
    const auto m = fitCostModel(QStringLiteral("mapped"), 2, line(85000, 22, kSizes));
    ASSERT_TRUE(m.has_value());
    EXPECT_NEAR(m->fixedNs, 85000, 1e-3);
    EXPECT_NEAR(m->perItemNs, 22, 1e-9);
    EXPECT_NEAR(m->rSquared, 1.0, 1e-12);
    EXPECT_EQ(m->points, 6);
    EXPECT_FALSE(m->fixedClamped);
}

TEST(CostModel, RelativeWeightsKeepTheFixedCostFromTheSmallSizes)
{
    // 2 % noise at 10M items is 4.4 ms — fifty times the fixed cost. Ordinary least squares
    // would let that point decide t0; weighting by 1/t² keeps t0 within a few per cent.
    const auto m = fitCostModel(QStringLiteral("mapped"), 2,
                                line(85000, 22, kSizes, {0.01, -0.01, 0.01, -0.01, 0.01, 0.02}));
    ASSERT_TRUE(m.has_value());
    EXPECT_NEAR(m->fixedNs, 85000, 85000 * 0.05);
    EXPECT_NEAR(m->perItemNs, 22, 22 * 0.03);
    EXPECT_GT(m->rSquared, 0.99);
}

TEST(CostModel, NegativeFixedCostIsClampedAtZero)
{
    const auto m = fitCostModel(QStringLiteral("serial"), 1,
                                {{1000, 9000}, {10000, 100000}, {100000, 1000000}});
    ASSERT_TRUE(m.has_value());
    EXPECT_TRUE(m->fixedClamped);
    EXPECT_EQ(m->fixedNs, 0);
    EXPECT_GT(m->perItemNs, 9.0); // between the smallest size's 9 and the others' 10 ns
    EXPECT_LT(m->perItemNs, 10.0);
}

TEST(CostModel, NeedsThreeUsableSizes)
{
    EXPECT_FALSE(fitCostModel(QStringLiteral("mapped"), 2, line(1, 1, {10, 100})).has_value());
    // A failed size (no median) does not count.
    EXPECT_FALSE(fitCostModel(QStringLiteral("mapped"), 2, {{10, 1}, {100, 0}, {1000, 2}}));
    EXPECT_FALSE(fitCostModel(QStringLiteral("mapped"), 2, {{10, 1}, {10, 2}, {10, 3}}));
}

TEST(CostModel, OfAResultSerialFirst)
{
    RunResult r;
    for (double size : {1000.0, 10000.0, 100000.0})
        for (const auto &[s, w, t0, c] :
             {std::tuple{"serial", 1, 100.0, 16.0}, std::tuple{"mapped", 2, 85000.0, 11.0}}) {
            CellResult cell;
            cell.strategy = QLatin1String(s);
            cell.workers = w;
            cell.size = qint64(size);
            cell.samplesNs = {1};
            cell.stats.n = 1;
            cell.stats.medianNs = t0 + c * size;
            r.cells.append(cell);
        }
    const QList<CostModel> models = costModels(r);
    ASSERT_EQ(models.size(), 2);
    EXPECT_EQ(models[0].strategy, QStringLiteral("serial"));
    EXPECT_NEAR(models[0].perItemNs, 16, 1e-9);
    EXPECT_NEAR(models[1].fixedNs, 85000, 1e-6);
    r.cells = r.cells.mid(0, 4); // two sizes: no model
    EXPECT_TRUE(costModels(r).isEmpty());
}
