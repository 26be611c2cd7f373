// The README and docs/*.md name only command-line options that exist: each --option is in
// `parabench-cli --help` (or `parabench-cli compare|report --help`), `parabench --help` or the
// app's parser (hidden ones too), or it belongs
// to another tool the docs use and is listed below with that tool.
#include "ui/appcommandline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

/// Options of other programs the docs show, each with its program. Keep it short and exact:
/// a new entry needs a doc that really runs that tool.
struct ForeignOption
{
    const char *option;
    const char *tool;
};
constexpr ForeignOption kOtherTools[] = {
    {"--no-install-recommends", "apt-get"}, // README: what scripts/deps installs
    {"--runs", "hyperfine"},                // docs/validation.md: the hyperfine comparison
    {"--build", "cmake"},                   // README, docs/install.md: building and installing
    {"--install", "cmake"},
    {"--preset", "cmake"},
    {"--prefix", "cmake"},
    {"--no-net", "appstreamcli"}, // docs/install.md: the validators
    {"--strict", "appstreamcli"},
    {"--benchmark_out", "Google Benchmark"}, // docs/gbench.md, compare.md: GB's own output
    {"--benchmark_out_format", "Google Benchmark"},
    {"--benchmark_repetitions", "Google Benchmark"},
    {"--benchmark_report_aggregates_only", "Google Benchmark"},
    {"--benchmark_enable_random_interleaving", "Google Benchmark"},
    {"--no-color", "compare.py"}, // docs/gbench.md: Google Benchmark's tools/compare.py
    {"--array", "sbatch"},        // docs/cluster.md: the Slurm job array
    {"--exclusive", "sbatch"},
    {"--partition", "sbatch"},
    {"--time", "sbatch"},
    {"--constraint", "sbatch"},
    {"--cli", "scripts/cluster/run-ssh.sh"}, // docs/cluster.md: the ssh loop's own option
};

const QRegularExpression &optionPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\w-])--[A-Za-z][A-Za-z0-9_-]*"));
    return re;
}

QSet<QString> optionsIn(const QString &text)
{
    QSet<QString> found;
    for (auto it = optionPattern().globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QSet<QString> helpOptions(const QString &program,
                          const QStringList &args = {QStringLiteral("--help")})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << qPrintable(program);
    EXPECT_EQ(p.exitCode(), 0) << qPrintable(program);
    return optionsIn(QString::fromUtf8(p.readAllStandardOutput()));
}

QStringList docFiles()
{
    const QDir root(QStringLiteral(PARABENCH_SOURCE_DIR));
    QStringList files{root.filePath(QStringLiteral("README.md"))};
    const QDir docs(root.filePath(QStringLiteral("docs")));
    for (const QString &f : docs.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files << docs.filePath(f);
    return files;
}

} // namespace

TEST(DocOptions, EveryOptionTheDocsNameExists)
{
    // parabench-cli's own options and those of its subcommands (compare, report).
    const QString cliPath = QStringLiteral(PARABENCH_CLI_PATH);
    const QSet<QString> cli =
        helpOptions(cliPath) +
        helpOptions(cliPath, {QStringLiteral("compare"), QStringLiteral("--help")}) +
        helpOptions(cliPath, {QStringLiteral("report"), QStringLiteral("--help")});
    QSet<QString> ours = cli + helpOptions(QStringLiteral(PARABENCH_GUI_PATH));
    for (const QString &name : pb::ui::AppCommandLine().optionNames())
        ours.insert(QStringLiteral("--") + name);
    ASSERT_TRUE(cli.contains(QStringLiteral("--workload"))) << "could not read the CLI's --help";
    ASSERT_TRUE(ours.contains(QStringLiteral("--screenshot-after-run"))); // hidden, still ours

    QSet<QString> foreignUsed;
    int checked = 0;
    for (const QString &path : docFiles()) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
        for (const QString &option : optionsIn(QString::fromUtf8(f.readAll()))) {
            ++checked;
            if (ours.contains(option))
                continue;
            bool foreign = false;
            for (const ForeignOption &o : kOtherTools)
                if (option == QLatin1String(o.option)) {
                    foreign = true;
                    foreignUsed.insert(option);
                }
            EXPECT_TRUE(foreign)
                << qPrintable(QDir(QStringLiteral(PARABENCH_SOURCE_DIR)).relativeFilePath(path))
                << " names " << qPrintable(option)
                << ", which neither parabench-cli nor parabench accepts. Fix the doc, or, when "
                   "it is another program's option, add it with that program to kOtherTools.";
        }
    }
    EXPECT_GT(checked, 20); // the docs were found and read
    for (const ForeignOption &o : kOtherTools) {
        EXPECT_FALSE(ours.contains(QLatin1String(o.option)))
            << o.option << " is ours now: remove it from kOtherTools";
        EXPECT_TRUE(foreignUsed.contains(QLatin1String(o.option)))
            << o.option << " (" << o.tool << ") is named by no doc: remove it from kOtherTools";
    }
}
