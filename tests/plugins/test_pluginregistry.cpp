// Loading workload plugins in-process: every refusal names the file and the reason, and a
// refused plugin leaves the registry and the other plugins as they were.
#include "core/plugins/pluginregistry.h"
#include "core/run/plugins.h"
#include "core/run/registry.h"

#include <parabench/sdkversion.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pb;

namespace {

const QString kCollatz = QStringLiteral(PB_TEST_PLUGIN_COLLATZ);

/// Loads path, expecting a refusal; returns the message.
QString refusal(const QString &path)
{
    const qsizetype before = workloads().size();
    QString error;
    EXPECT_FALSE(loadWorkloadPlugin(path, &error)) << qPrintable(path);
    EXPECT_EQ(workloads().size(), before) << "a refused plugin registered workloads";
    return error;
}

QString sha256(const QString &file)
{
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST(PluginRegistry, AGoodPluginAddsItsWorkloadsWithProvenance)
{
    QString error, warning;
    ASSERT_TRUE(loadWorkloadPlugin(kCollatz, &error, &warning)) << qPrintable(error);
    EXPECT_TRUE(warning.isEmpty()) << qPrintable(warning);
    const Workload *w = findWorkload(QStringLiteral("collatz"));
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->displayName(), QStringLiteral("Collatz steps"));
    EXPECT_TRUE(workloads().contains(w));
    EXPECT_EQ(workloads().first(), builtinWorkloads().first()); // built-ins first
    const auto p = workloadPlugin(QStringLiteral("collatz"));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->id, QStringLiteral("collatz"));
    EXPECT_EQ(p->name, QStringLiteral("Collatz steps"));
    EXPECT_EQ(p->version, QStringLiteral("1.0.0"));
    EXPECT_EQ(p->file, QFileInfo(kCollatz).canonicalFilePath());
    EXPECT_EQ(p->sha256, sha256(kCollatz));
    EXPECT_EQ(p->sdkVersion, QStringLiteral(PARABENCH_SDK_VERSION_STR));
    EXPECT_FALSE(p->buildType.isEmpty());
    EXPECT_FALSE(workloadPlugin(QStringLiteral("fine")).has_value()); // a built-in
    // The same file again (here through a relative path) is the same plugin, not a clash.
    ASSERT_TRUE(loadWorkloadPlugin(QDir::current().relativeFilePath(kCollatz), &error))
        << qPrintable(error);
    EXPECT_EQ(loadedPlugins().size(), 1);

    // And its workload runs like a built-in one.
    auto data = w->prepare(1000, {}, &error);
    ASSERT_TRUE(data) << qPrintable(error);
    data->computeRange(0, 1000);
    data->keepAsReference();
    EXPECT_TRUE(data->verify().ok);
}

TEST(PluginRegistry, MissingFileAndFolder)
{
    EXPECT_EQ(refusal(QStringLiteral("/nonexistent/x.so")),
              QStringLiteral("plugin file not found: /nonexistent/x.so"));
    QTemporaryDir dir;
    EXPECT_EQ(refusal(dir.path()),
              QStringLiteral("%1 is not a plugin file (not a regular file)").arg(dir.path()));
}

TEST(PluginRegistry, NotASharedLibrary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.so"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is text, not a library\n");
    f.close();
    EXPECT_EQ(refusal(path), QStringLiteral("%1 is not a shared library (no ELF header)")
                                 .arg(QFileInfo(path).canonicalFilePath()));
}

TEST(PluginRegistry, ASharedLibraryThatIsNotAQtPlugin)
{
    const QString error = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_NOTAPLUGIN));
    EXPECT_TRUE(error.contains(QStringLiteral("is a shared library but not a Qt plugin")))
        << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("parabench_add_workload"))) << qPrintable(error);
}

TEST(PluginRegistry, AQtPluginWithAnotherInterface)
{
    const QString file =
        QFileInfo(QStringLiteral(PB_TEST_PLUGIN_PBTEST_OTHERIID)).canonicalFilePath();
    EXPECT_EQ(refusal(file), QStringLiteral("%1 is a Qt plugin but not a ParaBench workload plugin "
                                            "(interface 'org.example.SomethingElse/1')")
                                 .arg(file));
}

TEST(PluginRegistry, AnotherSdkMajorOrANewerMinorIsRefusedFromTheMetadata)
{
    const QString sdk7 = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_SDK7));
    EXPECT_TRUE(sdk7.startsWith(QStringLiteral("plugin 'sdk7' (")));
    EXPECT_TRUE(sdk7.contains(QStringLiteral("was built against ParaBench SDK 7.0.0")))
        << qPrintable(sdk7);
    EXPECT_TRUE(sdk7.contains(QStringLiteral("rebuild it against this ParaBench")))
        << qPrintable(sdk7);
    const QString newer = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_NEWER));
    EXPECT_TRUE(newer.contains(QStringLiteral(".99.0, newer than this ParaBench")))
        << qPrintable(newer);
}

TEST(PluginRegistry, ASecondPluginWithTheSameIdIsRefused)
{
    QString error;
    ASSERT_TRUE(loadWorkloadPlugin(kCollatz, &error)) << qPrintable(error);
    const QString dup = QFileInfo(QStringLiteral(PB_TEST_PLUGIN_PBTEST_DUPID)).canonicalFilePath();
    EXPECT_EQ(refusal(dup), QStringLiteral("plugin id 'collatz' of %1 is already used by %2")
                                .arg(dup, QFileInfo(kCollatz).canonicalFilePath()));
    const QString twin = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_TWIN));
    EXPECT_TRUE(twin.endsWith(QStringLiteral("workload id 'collatz' is already used by plugin "
                                             "'collatz' (%1)")
                                  .arg(QFileInfo(kCollatz).canonicalFilePath())))
        << qPrintable(twin);
    EXPECT_EQ(loadedPlugins().size(), 1);
}

TEST(PluginRegistry, AWorkloadIdOfABuiltInIsRefused)
{
    const QString error = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_BUILTIN));
    EXPECT_TRUE(error.endsWith(
        QStringLiteral("workload id 'fine' is already used by the built-in workload 'fine'")))
        << qPrintable(error);
    EXPECT_EQ(findWorkload(QStringLiteral("fine")), builtinWorkloads().at(4));
}

TEST(PluginRegistry, APluginWithoutWorkloadsOrWithABadParameter)
{
    const QString empty = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_EMPTY));
    EXPECT_TRUE(
        empty.endsWith(QStringLiteral("registers no workloads: add "
                                      "PARABENCH_REGISTER_WORKLOAD(YourSpec) to its source")))
        << qPrintable(empty);
    const QString param = refusal(QStringLiteral(PB_TEST_PLUGIN_PBTEST_BADPARAM));
    EXPECT_TRUE(param.endsWith(
        QStringLiteral("invalid default: badparam: steps must be between 1 and 10, got 0")))
        << qPrintable(param);
}

TEST(PluginRegistry, AnUnoptimizedBuildLoadsWithAWarning)
{
    QString error, warning;
    ASSERT_TRUE(
        loadWorkloadPlugin(QStringLiteral(PB_TEST_PLUGIN_PBTEST_DEBUGBUILD), &error, &warning))
        << qPrintable(error);
    EXPECT_TRUE(warning.contains(QStringLiteral("was built with build type 'Debug'")))
        << qPrintable(warning);
    EXPECT_NE(findWorkload(QStringLiteral("debug-twice")), nullptr);
}

TEST(PluginRegistry, AStaleAvx2CopyNextToThePluginIsRefused)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("integrate.so"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(PB_TEST_PLUGIN_INTEGRATE), copy));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(PB_TEST_PLUGIN_INTEGRATE), copy + QStringLiteral(".avx2")));
    const QString file = QFileInfo(copy).canonicalFilePath();
    EXPECT_EQ(refusal(copy), QStringLiteral("%1.avx2 exists next to %1: Qt would load that file "
                                            "instead; remove it")
                                 .arg(file));
}

TEST(PluginRegistry, AFolderScanSkipsBrokenPluginsWithWarningsAndLoadsTheOthers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(QStringLiteral(PB_TEST_PLUGIN_FAULTY),
                            dir.filePath(QStringLiteral("faulty.so"))));
    ASSERT_TRUE(QFile::copy(QStringLiteral(PB_TEST_PLUGIN_PBTEST_OTHERIID),
                            dir.filePath(QStringLiteral("a_other.so"))));
    QFile text(dir.filePath(QStringLiteral("readme.txt"))); // not a *.so: not even looked at
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    QString error;
    QStringList warnings;
    ASSERT_TRUE(loadStartupPlugins({dir.path()}, false, &error, &warnings)) << qPrintable(error);
    ASSERT_EQ(warnings.size(), 1) << qPrintable(warnings.join(QLatin1Char('\n')));
    EXPECT_TRUE(warnings[0].startsWith(QStringLiteral("skipped ")));
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("a_other.so is a Qt plugin but not")));
    EXPECT_NE(findWorkload(QStringLiteral("faulty")), nullptr);
    // A file named explicitly that fails is an error, not a warning.
    EXPECT_FALSE(
        loadStartupPlugins({dir.filePath(QStringLiteral("a_other.so"))}, false, &error, &warnings));
    EXPECT_TRUE(error.contains(QStringLiteral("not a ParaBench workload plugin")));
}

TEST(PluginRegistry, SearchFoldersFollowTheDocumentedOrder)
{
    qputenv("PARABENCH_PLUGIN_PATH", "/a/one::/b/two");
    const QStringList folders = pluginSearchFolders();
    qunsetenv("PARABENCH_PLUGIN_PATH");
    ASSERT_GE(folders.size(), 4);
    EXPECT_EQ(folders[0], QStringLiteral("/a/one"));
    EXPECT_EQ(folders[1], QStringLiteral("/b/two"));
    EXPECT_TRUE(folders[2].endsWith(QStringLiteral("/parabench/plugins")));
    EXPECT_EQ(folders[3], QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                          QStringLiteral("/../lib/parabench/plugins")));
}
