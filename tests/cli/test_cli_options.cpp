// Options through the real binary: refused combinations exit 2 before running; a sweep of
// thousands of chunk sizes runs in linear time.
#include "clirun.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using pb::test::CliResult;
using pb::test::runCliWith;

TEST(CliOptionRules, IgnoredOptionsAreRefused)
{
    const struct
    {
        QStringList args;
        const char *needle;
    } cases[] = {
        {{u"--ci"_s, u"0"_s}, "--ci needs --adaptive"},
        {{u"--ci"_s, u"200"_s}, "--ci needs --adaptive"},
        {{u"--budget"_s, u"0"_s}, "--budget needs --adaptive"},
        {{u"--max-reps"_s, u"0"_s}, "--max-reps needs --adaptive"},
        {{u"--adaptive"_s, u"--ci"_s, u"0"_s}, "between 0 and 100 %"},
        {{u"--adaptive"_s, u"--ci"_s, u"200"_s}, "got 200 %"},
        {{u"--adaptive"_s, u"--budget"_s, u"0"_s}, "time budget must be more than 0"},
        {{u"--adaptive"_s, u"--max-reps"_s, u"0"_s}, "below the minimum"},
        {{u"--sweep"_s, u"64,64"_s}, "sweep chunk size 64 is listed twice"},
        {{u"-j"_s, u"1,1"_s}, "listed twice"},
        {{u"--order"_s, u"sequential"_s, u"--seed"_s, u"5"_s}, "--seed has no effect with"},
        {{u"--order"_s, u"sequential"_s, u"--warmup-each"_s}, "--warmup-each has no effect"},
        {{u"--order"_s, u"random"_s}, "expected interleaved or sequential"},
        {{u"--seed"_s, u"0"_s}, "whole number from 1 to"},
    };
    for (const auto &c : cases) {
        const CliResult r =
            runCliWith(QStringList{u"-w"_s, u"primes"_s, u"-n"_s, u"200"_s, u"-q"_s} + c.args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(c.args.join(u' ')) << ": " << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(QLatin1String(c.needle)))
            << c.needle << " not in: " << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(CliOptionRules, SweepOfThousandsOfSizesIsLinear)
{
    // 8000 cells of 1000 items: quadratic warnings took minutes here, linear takes seconds.
    QStringList sizes;
    for (int k = 1; k <= 8000; ++k)
        sizes << QString::number(k);
    QElapsedTimer t;
    t.start();
    const CliResult r =
        runCliWith({u"-w"_s, u"fine"_s, u"-n"_s, u"1000"_s, u"-j"_s, u"1"_s, u"-r"_s, u"1"_s,
                    u"--warmup"_s, u"0"_s, u"-q"_s, u"--sweep"_s, sizes.join(u',')},
                   {}, 240000);
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("[ timing   ] sweep of 8000 chunk sizes: %.1f s\n", seconds);
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err.left(500));
    EXPECT_TRUE(r.out.contains(u"Granularity sweep: best chunk size"_s));
    EXPECT_LT(seconds, 60.0);
}
