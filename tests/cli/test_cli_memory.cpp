// Under an address-space limit (ulimit -v 2 GiB, set in the child with setrlimit) the issue's
// sizes are refused before anything is allocated, with the size needed and the limit; a size
// that fits still runs. Never a crash.
#include "clirun.h"

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using pb::test::CliResult;
using pb::test::runCliWith;

namespace {

void limitAddressSpace()
{
    const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30}; // ulimit -v 2097152
    ::setrlimit(RLIMIT_AS, &limit);
}

} // namespace

TEST(CliMemory, TooLargeForTheAddressSpaceLimitIsRefusedCleanly)
{
    if (pb::test::kAddressSanitizer)
        GTEST_SKIP() << "RLIMIT_AS and AddressSanitizer exclude each other";
    for (const char *size : {"270M", "50M", "70M", "100M", "130M"}) {
        SCOPED_TRACE(size);
        const CliResult r = runCliWith({u"-w"_s, u"stream"_s, u"-n"_s, QLatin1String(size), u"-j"_s,
                                        u"1,2"_s, u"-r"_s, u"1"_s, u"--warmup"_s, u"0"_s, u"-q"_s},
                                       limitAddressSpace, 60000);
        EXPECT_FALSE(r.crashed) << "killed by a signal";
        EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"needs about "_s)) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"the address-space limit (ulimit -v 2.00 GiB) leaves"_s))
            << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(CliMemory, WhatFitsUnderTheLimitRuns)
{
    if (pb::test::kAddressSanitizer)
        GTEST_SKIP() << "RLIMIT_AS and AddressSanitizer exclude each other";
    const CliResult r = runCliWith({u"-w"_s, u"stream"_s, u"-n"_s, u"2M"_s, u"-j"_s, u"1,2"_s,
                                    u"-r"_s, u"1"_s, u"--warmup"_s, u"0"_s, u"-q"_s},
                                   limitAddressSpace, 120000);
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"mapped"_s)) << qPrintable(r.out);
}
