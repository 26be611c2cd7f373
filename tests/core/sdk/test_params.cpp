// Parameter declarations (public SDK): values checked and typed, messages that name the range.
#include <parabench/params.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace pb;

namespace {

const QList<ParamSpec> kSpecs{
    ParamSpec::integer("steps", 256, 16, 1'000'000, "integration steps per item"),
    ParamSpec::real("scale", 3.0, 0.01, 1e6, "frequency"),
    ParamSpec::flag("fma", false, "use std::fma"),
    ParamSpec::choice("rule", {"midpoint", "trapezoid", "simpson"}, "simpson", "quadrature rule")};

QString errorFor(const QVariantMap &given)
{
    QString error;
    EXPECT_FALSE(resolveParams(QStringLiteral("w"), kSpecs, given, &error).has_value());
    return error;
}

} // namespace

TEST(Params, DefaultsFillMissingKeysWithTypedValues)
{
    QString error;
    const auto values = resolveParams(QStringLiteral("w"), kSpecs, {}, &error);
    ASSERT_TRUE(values) << qPrintable(error);
    EXPECT_EQ(values->value(QStringLiteral("steps")).typeId(), QMetaType::LongLong);
    EXPECT_EQ(values->value(QStringLiteral("steps")).toLongLong(), 256);
    EXPECT_EQ(values->value(QStringLiteral("scale")).toDouble(), 3.0);
    EXPECT_EQ(values->value(QStringLiteral("fma")), QVariant(false));
    EXPECT_EQ(values->value(QStringLiteral("rule")), QVariant(QStringLiteral("simpson")));
}

TEST(Params, TextFromTheCommandLineIsConvertedByType)
{
    QString error;
    const auto values = resolveParams(QStringLiteral("w"), kSpecs,
                                      {{QStringLiteral("steps"), QStringLiteral("1e3")},
                                       {QStringLiteral("scale"), QStringLiteral(" 0.5 ")},
                                       {QStringLiteral("fma"), QStringLiteral("yes")},
                                       {QStringLiteral("rule"), QStringLiteral("midpoint")}},
                                      &error);
    ASSERT_TRUE(values) << qPrintable(error);
    EXPECT_EQ(values->value(QStringLiteral("steps")), QVariant(qint64(1000)));
    EXPECT_EQ(values->value(QStringLiteral("scale")), QVariant(0.5));
    EXPECT_EQ(values->value(QStringLiteral("fma")), QVariant(true));
}

TEST(Params, EachBadValueGetsASpecificMessage)
{
    EXPECT_EQ(errorFor({{QStringLiteral("scale"), 0}}),
              QStringLiteral("w: scale must be between 0.01 and 1e6, got 0"));
    EXPECT_EQ(errorFor({{QStringLiteral("scale"), std::nan("")}}),
              QStringLiteral("w: scale must be a number, got 'nan'"));
    EXPECT_EQ(errorFor({{QStringLiteral("steps"), 2.5}}),
              QStringLiteral("w: steps must be a whole number, got 2.5"));
    EXPECT_EQ(errorFor({{QStringLiteral("steps"), QStringLiteral("many")}}),
              QStringLiteral("w: steps must be a number, got 'many'"));
    EXPECT_EQ(errorFor({{QStringLiteral("steps"), 2'000'000}}),
              QStringLiteral("w: steps must be between 16 and 1e6, got 2e6"));
    EXPECT_EQ(errorFor({{QStringLiteral("fma"), QStringLiteral("maybe")}}),
              QStringLiteral("w: fma must be true or false, got 'maybe'"));
    EXPECT_EQ(errorFor({{QStringLiteral("rule"), QStringLiteral("gauss")}}),
              QStringLiteral("w: rule must be one of midpoint, trapezoid, simpson; got 'gauss'"));
    EXPECT_EQ(errorFor({{QStringLiteral("step"), 3}}),
              QStringLiteral("w: unknown parameter 'step'; valid parameters: steps, scale, fma, "
                             "rule"));
    QString error;
    EXPECT_FALSE(resolveParams(QStringLiteral("x"), {}, {{QStringLiteral("a"), 1}}, &error));
    EXPECT_EQ(error, QStringLiteral("x: unknown parameter 'a'; this workload takes no parameters"));
}

TEST(Params, NumbersAreWrittenTheWayPeopleWriteThem)
{
    EXPECT_EQ(formatParamNumber(1e6), QStringLiteral("1e6"));
    EXPECT_EQ(formatParamNumber(123456), QStringLiteral("123456"));
    EXPECT_EQ(formatParamNumber(0.01), QStringLiteral("0.01"));
    EXPECT_EQ(formatParamNumber(1e-9), QStringLiteral("1e-9"));
    EXPECT_EQ(formatParamNumber(250), QStringLiteral("250"));
}

TEST(Params, BadDeclarationsAreNamed)
{
    const auto check = [](const ParamSpec &spec) {
        QString error;
        EXPECT_FALSE(checkParamSpecs(QStringLiteral("w"), {spec}, &error));
        return error;
    };
    EXPECT_EQ(check(ParamSpec::integer("Steps", 1, 0, 2, "")),
              QStringLiteral("w: parameter key 'Steps' must match [a-z][a-z0-9_]*"));
    EXPECT_EQ(check(ParamSpec::integer("steps", 5, 0, 2, "")),
              QStringLiteral("invalid default: w: steps must be between 0 and 2, got 5"));
    EXPECT_EQ(check(ParamSpec::real("x", 1, 3, 2, "")),
              QStringLiteral("w: parameter 'x' has min 3 above max 2"));
    EXPECT_EQ(check(ParamSpec::choice("mode", {"a", "b"}, "c", "")),
              QStringLiteral("invalid default: w: mode must be one of a, b; got 'c'"));
    QString error;
    EXPECT_FALSE(checkParamSpecs(QStringLiteral("w"), {kSpecs[0], kSpecs[0]}, &error));
    EXPECT_EQ(error, QStringLiteral("w: parameter 'steps' is declared twice"));
    EXPECT_TRUE(checkParamSpecs(QStringLiteral("w"), kSpecs, &error)) << qPrintable(error);
}

TEST(Params, TypedGetters)
{
    const Params p({{QStringLiteral("steps"), qint64(7)},
                    {QStringLiteral("scale"), 0.5},
                    {QStringLiteral("fma"), true},
                    {QStringLiteral("rule"), QStringLiteral("simpson")}});
    EXPECT_EQ(p.integer("steps"), 7);
    EXPECT_EQ(p.real("scale"), 0.5);
    EXPECT_TRUE(p.flag("fma"));
    EXPECT_EQ(p.choice("rule"), QStringLiteral("simpson"));
    EXPECT_EQ(p.integer("missing"), 0);
}
