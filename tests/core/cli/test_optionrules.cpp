// Options that would be accepted and ignored are refused, naming what they need.
#include "core/cli/clioptions.h"
#include "core/cli/optionrules.h"

#include <gtest/gtest.h>

using namespace pb;
using namespace Qt::Literals::StringLiterals;

namespace {

QString errorFor(const QStringList &args)
{
    QString error, help;
    bool version = false;
    const auto opts = parseCli(QStringList{u"parabench-cli"_s} + args, &error, &help, &version);
    EXPECT_FALSE(opts.has_value()) << qPrintable(args.join(u' '));
    return error;
}

bool accepted(const QStringList &args)
{
    QString error, help;
    bool version = false;
    const bool ok =
        parseCli(QStringList{u"parabench-cli"_s} + args, &error, &help, &version).has_value();
    EXPECT_TRUE(ok) << qPrintable(args.join(u' ')) << ": " << qPrintable(error);
    return ok;
}

} // namespace

TEST(OptionRules, AdaptiveOptionsNeedAdaptive)
{
    EXPECT_EQ(errorFor({u"--ci"_s, u"0"_s}),
              u"--ci needs --adaptive: it sets the CI width at which adaptive repetition stops"_s);
    EXPECT_TRUE(errorFor({u"--ci"_s, u"200"_s}).startsWith(u"--ci needs --adaptive"_s));
    EXPECT_TRUE(errorFor({u"--max-reps"_s, u"0"_s}).startsWith(u"--max-reps needs --adaptive"_s));
    EXPECT_TRUE(errorFor({u"--budget"_s, u"0"_s}).startsWith(u"--budget needs --adaptive"_s));
    EXPECT_TRUE(accepted(
        {u"--adaptive"_s, u"--ci"_s, u"3"_s, u"--max-reps"_s, u"20"_s, u"--budget"_s, u"4"_s}));
}

TEST(OptionRules, ChunkAndSweepAndStrategies)
{
    EXPECT_TRUE(errorFor({u"--chunk"_s, u"64"_s, u"-s"_s, u"serial,mapped"_s})
                    .startsWith(u"--chunk sets the chunk size of the chunked strategy, which is "
                                "not among the strategies (serial,mapped)"_s));
    EXPECT_EQ(errorFor({u"--sweep"_s, u"auto"_s, u"--chunk"_s, u"64"_s}),
              u"--chunk has no effect with --sweep: the sweep sets the chunk sizes"_s);
    EXPECT_EQ(errorFor({u"--sweep"_s, u"64,256"_s, u"-s"_s, u"mapped"_s}),
              u"--sweep measures serial and chunked only; leave out --strategy (it asks for "
              "mapped)"_s);
    EXPECT_TRUE(accepted({u"--sweep"_s, u"64,256"_s, u"-s"_s, u"serial,chunked"_s}));
    EXPECT_TRUE(accepted({u"--chunk"_s, u"64"_s})); // chunked is a default strategy
}

TEST(OptionRules, StandaloneCommandsTakeNoRunOptions)
{
    EXPECT_EQ(errorFor({u"--check-machine"_s, u"--size"_s, u"1000"_s}),
              u"--check-machine runs its own calibration and writes no files; --size has no "
              "effect with it"_s);
    EXPECT_TRUE(errorFor({u"--check-machine"_s, u"--json"_s, u"x.json"_s})
                    .endsWith(u"--json has no effect with it"_s));
    EXPECT_TRUE(errorFor({u"--list"_s, u"-w"_s, u"fine"_s}).startsWith(u"--list only lists"_s));
    EXPECT_TRUE(accepted({u"--check-machine"_s, u"-q"_s}));
    EXPECT_TRUE(accepted({u"--list"_s}));
}

TEST(OptionRules, RuleFunctionDirectly)
{
    EXPECT_EQ(checkOptionRules({}, {u"serial"_s}), QString());
    EXPECT_EQ(checkOptionRules({u"adaptive"_s, u"ci"_s}, {u"serial"_s}), QString());
    EXPECT_FALSE(checkOptionRules({u"budget"_s}, {u"serial"_s}).isEmpty());
}
