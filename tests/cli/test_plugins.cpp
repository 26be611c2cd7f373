// parabench-cli with workload plugins: a verified run with provenance, --list, the plugin
// folders, and every bad plugin or plugin fault with its message and exit code.
#include "clirun.h"
#include "core/io/resultio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace pb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCollatz = QStringLiteral(PB_TEST_PLUGIN_COLLATZ);
const QString kFaulty = QStringLiteral(PB_TEST_PLUGIN_FAULTY);

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

/// A small faulty run: serial, mapped and chunked with 1 and 2 workers.
QStringList faultyRun(const QString &fault, const QStringList &more = {})
{
    return QStringList{u"--plugin"_s, kFaulty, u"-w"_s,  u"faulty"_s, u"-n"_s,
                       u"5000"_s,     u"-j"_s, u"1,2"_s, u"-r"_s,     u"2"_s,
                       u"--warmup"_s, u"0"_s,  u"-q"_s,  u"-p"_s,     u"fault="_s + fault} +
           more;
}

void expectRefused(const QStringList &args, const QString &needle)
{
    const CliResult r = runCliWith(args);
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(needle))
        << "expected \"" << qPrintable(needle) << "\" in: " << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
}

/// Sets environment variables for the child processes started while it lives.
class ScopedEnv
{
public:
    ScopedEnv(std::initializer_list<std::pair<const char *, QString>> vars)
    {
        for (const auto &[name, value] : vars) {
            m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
            qputenv(name, value.toLocal8Bit());
        }
    }
    ~ScopedEnv()
    {
        for (const Saved &s : m_saved) {
            if (s.wasSet)
                qputenv(s.name, s.value);
            else
                qunsetenv(s.name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        bool wasSet;
        QByteArray value;
    };
    QList<Saved> m_saved;
};

} // namespace

TEST(CliPlugins, AVerifiedRunRecordsWhichCodeWasMeasured)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"collatz.json"_s);
    const CliResult r =
        runCliWith({u"--plugin"_s, kCollatz, u"-w"_s, u"collatz"_s, u"-n"_s, u"20000"_s, u"-j"_s,
                    u"1,2"_s, u"-s"_s, u"serial,mapped,chunked,mapreduce"_s, u"-r"_s, u"2"_s,
                    u"-q"_s, u"--json"_s, json});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"Workload plugin collatz 1.0.0 (Collatz steps)"_s))
        << qPrintable(r.out);
    QString error;
    const auto result = pb::readResultFile(json, &error);
    ASSERT_TRUE(result) << qPrintable(error);
    ASSERT_EQ(result->cells.size(), 7);
    for (const pb::CellResult &c : result->cells)
        EXPECT_TRUE(c.verified && c.error.isEmpty()) << qPrintable(c.strategy);
    ASSERT_TRUE(result->plugin.has_value());
    QFile lib(kCollatz);
    ASSERT_TRUE(lib.open(QIODevice::ReadOnly));
    EXPECT_EQ(result->plugin->sha256,
              QString::fromLatin1(
                  QCryptographicHash::hash(lib.readAll(), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(result->plugin->file, canonical(kCollatz));
    EXPECT_EQ(result->plugin->id, u"collatz"_s);
    EXPECT_EQ(result->plugin->version, u"1.0.0"_s);
}

TEST(CliPlugins, ListShowsPluginWorkloadsWithFileVersionAndParameters)
{
    const CliResult r =
        runCliWith({u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_INTEGRATE), u"--list"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"integrate    Numerical integration"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"-p rule=<choice> (default simpson, one of midpoint, trapezoid, "
                               "simpson)"_s));
    EXPECT_TRUE(r.out.contains(u"-p steps=<int> (default 200, 2 to 1e6)"_s));
    EXPECT_TRUE(r.out.contains(u"plugin integrate 1.0.0 ("_s));
    EXPECT_TRUE(r.out.contains(canonical(QStringLiteral(PB_TEST_PLUGIN_INTEGRATE))));
    const CliResult plugins =
        runCliWith({u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_INTEGRATE), u"--list-plugins"_s});
    EXPECT_EQ(plugins.exitCode, 0);
    EXPECT_TRUE(plugins.out.contains(u"sha256"_s)) << qPrintable(plugins.out);
}

TEST(CliPlugins, EachBadPluginIsRefusedWithExitCode2)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"text.so"_s);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a library");
    f.close();
    const QStringList run{u"-w"_s, u"primes"_s, u"-n"_s, u"100"_s, u"-q"_s};
    expectRefused(QStringList{u"--plugin"_s, u"/nonexistent/plugin.so"_s} + run,
                  u"parabench-cli: --plugin: plugin file not found: /nonexistent/plugin.so"_s);
    expectRefused(QStringList{u"--plugin"_s, text} + run,
                  canonical(text) + u" is not a shared library (no ELF header)"_s);
    expectRefused(QStringList{u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_PBTEST_NOTAPLUGIN)} +
                      run,
                  u"is a shared library but not a Qt plugin"_s);
    expectRefused(QStringList{u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_PBTEST_OTHERIID)} + run,
                  u"is a Qt plugin but not a ParaBench workload plugin (interface "
                  "'org.example.SomethingElse/1')"_s);
    expectRefused(QStringList{u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_PBTEST_SDK7)} + run,
                  u"was built against ParaBench SDK 7.0.0"_s);
    expectRefused(QStringList{u"--plugin"_s, kCollatz, u"--plugin"_s,
                              QStringLiteral(PB_TEST_PLUGIN_PBTEST_DUPID)} +
                      run,
                  u"plugin id 'collatz' of %1 is already used by %2"_s.arg(
                      canonical(QStringLiteral(PB_TEST_PLUGIN_PBTEST_DUPID)), canonical(kCollatz)));
    expectRefused(QStringList{u"--plugin"_s, QStringLiteral(PB_TEST_PLUGIN_PBTEST_BUILTIN)} + run,
                  u"workload id 'fine' is already used by the built-in workload 'fine'"_s);
    expectRefused(
        QStringList{u"--plugin"_s, kCollatz, u"-w"_s, u"collatz"_s, u"-p"_s, u"steps=3"_s},
        u"collatz: unknown parameter 'steps'; this workload takes no parameters"_s);
}

TEST(CliPlugins, AGeneratorWithTheWrongItemCountIsBadInput)
{
    const CliResult r = runCliWith(faultyRun(u"wrong-count"_s));
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(u"faulty: the input generator returned 4999 items for a size of "
                               "5000"_s))
        << qPrintable(r.err);
}

TEST(CliPlugins, AThrowingKernelIsAKernelErrorAndAParallelMismatchExits4)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"throw.json"_s);
    const CliResult thrown =
        runCliWith(faultyRun(u"throw"_s, {u"-p"_s, u"parallel_only=true"_s, u"--json"_s, json}));
    EXPECT_EQ(thrown.exitCode, 1) << qPrintable(thrown.err);
    QString error;
    const auto result = pb::readResultFile(json, &error);
    ASSERT_TRUE(result) << qPrintable(error);
    ASSERT_GE(result->cells.size(), 2);
    EXPECT_TRUE(result->cells[0].error.isEmpty()); // serial is healthy
    EXPECT_EQ(result->cells[1].errorKind, pb::CellErrorKind::Kernel);
    EXPECT_TRUE(result->cells[1].error.contains(u"deliberate exception at item 1000"_s))
        << qPrintable(result->cells[1].error);

    const CliResult mismatch = runCliWith(faultyRun(u"mismatch"_s));
    EXPECT_EQ(mismatch.exitCode, 4) << qPrintable(mismatch.err);
    EXPECT_TRUE(mismatch.out.contains(u"item 1000: expected 1001, got 1002"_s))
        << qPrintable(mismatch.out);
}

TEST(CliPlugins, ACrashingKernelKillsTheCliProcess)
{
    // Documented: in the CLI the process dies with the signal (the app isolates it).
    const CliResult r = runCliWith(faultyRun(u"segfault"_s));
    EXPECT_TRUE(r.crashed);
    EXPECT_EQ(r.exitCode, 11); // SIGSEGV
}

TEST(CliPlugins, PluginFoldersAreScannedAndBrokenOnesOnlyWarn)
{
    QTemporaryDir dir, home;
    ASSERT_TRUE(QFile::copy(kCollatz, dir.filePath(u"collatz.so"_s)));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(PB_TEST_PLUGIN_PBTEST_OTHERIID), dir.filePath(u"other.so"_s)));
    {
        ScopedEnv env{{"PARABENCH_PLUGIN_PATH", dir.path()}, {"XDG_DATA_HOME", home.path()}};
        const CliResult r =
            runCliWith({u"-w"_s, u"collatz"_s, u"-n"_s, u"1000"_s, u"-r"_s, u"1"_s, u"-q"_s});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"parabench-cli: warning: skipped "_s +
                                   canonical(dir.filePath(u"other.so"_s))))
            << qPrintable(r.err);
        // --no-plugin-scan: only what --plugin names.
        const CliResult none =
            runCliWith({u"--no-plugin-scan"_s, u"-w"_s, u"collatz"_s, u"-n"_s, u"1000"_s});
        EXPECT_EQ(none.exitCode, 2);
        EXPECT_TRUE(none.err.contains(u"unknown workload \"collatz\""_s)) << qPrintable(none.err);
    }
    // The per-user folder.
    ScopedEnv env{{"XDG_DATA_HOME", home.path()}};
    const QString user = home.filePath(u"parabench/plugins"_s);
    ASSERT_TRUE(QDir().mkpath(user));
    ASSERT_TRUE(QFile::copy(kCollatz, user + u"/collatz.so"_s));
    const CliResult list = runCliWith({u"--list-plugins"_s});
    EXPECT_TRUE(list.out.contains(canonical(user + u"/collatz.so"_s))) << qPrintable(list.out);
}
