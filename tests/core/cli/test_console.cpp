// What parabench-cli prints besides results: the --list text.
#include "core/cli/console.h"
#include "core/run/registry.h"

#include <gtest/gtest.h>

using namespace pb;

TEST(Console, ListNamesEveryWorkloadAndStrategyWithItsDescription)
{
    const QString text = QString::fromUtf8(listText());
    EXPECT_TRUE(text.startsWith(QStringLiteral("Workloads (--workload):\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nStrategies (--strategy):\n")));
    for (const Workload *w : workloads()) {
        EXPECT_TRUE(text.contains(QStringLiteral("  ") + w->id())) << qPrintable(w->id());
        EXPECT_TRUE(text.contains(w->description())) << qPrintable(w->id());
    }
    for (const Strategy *s : strategies())
        EXPECT_TRUE(text.contains(s->description())) << qPrintable(s->id());
}
