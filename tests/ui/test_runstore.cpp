// RunStore: the run list kept in the data folder, and what it does with files it cannot read.
#include "core/io/resultio.h"
#include "ui/runstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;

namespace {

RunEntry entry(const QString &workload, const QString &label, bool visible)
{
    RunEntry e;
    e.label = label;
    e.visible = visible;
    e.result.config.workload = workload;
    e.result.config.size = 1000;
    e.result.config.workers = {1, 2};
    CellResult c;
    c.strategy = QStringLiteral("serial");
    c.size = 1000; // a measured cell has a size (the reader refuses 0)
    c.samplesNs = {1000, 1100};
    e.result.cells << c;
    return e;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(RunStore, KeepsOrderLabelsTicksAndSources)
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("runs")));
    QList<RunEntry> runs{entry(QStringLiteral("fine"), QStringLiteral("fine 1k · w1,2 #1"), true),
                         entry(QStringLiteral("primes"), QStringLiteral("a.json"), false)};
    runs[1].sourceFile = QStringLiteral("/somewhere/a.json");
    QString error;
    for (RunEntry &r : runs)
        ASSERT_TRUE(store.save(r, &error)) << qPrintable(error);
    EXPECT_NE(runs[0].storeFile, runs[1].storeFile); // same second: still two files
    ASSERT_TRUE(store.saveIndex({runs[1], runs[0]}, &error)) << qPrintable(error);

    const RunStore::Loaded loaded = RunStore(store.folder()).load();
    EXPECT_TRUE(loaded.notes.isEmpty()) << qPrintable(loaded.notes.join(QLatin1Char('\n')));
    ASSERT_EQ(loaded.runs.size(), 2);
    EXPECT_EQ(loaded.runs[0].label, QStringLiteral("a.json"));
    EXPECT_FALSE(loaded.runs[0].visible);
    EXPECT_EQ(loaded.runs[0].sourceFile, QStringLiteral("/somewhere/a.json"));
    EXPECT_EQ(loaded.runs[1].label, QStringLiteral("fine 1k · w1,2 #1"));
    EXPECT_TRUE(loaded.runs[1].visible);
    EXPECT_EQ(loaded.runs[1].result.config.workload, QStringLiteral("fine"));
    EXPECT_EQ(loaded.runs[1].result.cells.size(), 1);
    EXPECT_EQ(loaded.runs[1].storeFile, runs[0].storeFile);

    ASSERT_TRUE(store.remove(loaded.runs[1], &error));
    EXPECT_FALSE(QFile::exists(QDir(store.folder()).filePath(runs[0].storeFile)));
    EXPECT_EQ(RunStore(store.folder()).load().runs.size(), 1); // listed but gone: silently
}

TEST(RunStore, UnreadableFilesAreSkippedWithANoteAndLeftInPlace)
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    RunEntry good = entry(QStringLiteral("fine"), QStringLiteral("good #1"), true);
    QString error;
    ASSERT_TRUE(store.save(good, &error));
    ASSERT_TRUE(store.saveIndex({good}, &error));
    const QDir d(dir.path());
    writeBytes(d.filePath(QStringLiteral("empty.json")), QByteArray());
    writeBytes(d.filePath(QStringLiteral("garbage.json")), QByteArray("\x01\x02{{{", 5));
    writeBytes(d.filePath(QStringLiteral("foreign.json")), QByteArray("{\"name\": \"package\"}"));

    const RunStore::Loaded loaded = store.load();
    ASSERT_EQ(loaded.runs.size(), 1);
    EXPECT_EQ(loaded.runs[0].label, QStringLiteral("good #1"));
    ASSERT_EQ(loaded.notes.size(), 3) << qPrintable(loaded.notes.join(QLatin1Char('\n')));
    for (const char *name : {"empty.json", "garbage.json", "foreign.json"}) {
        EXPECT_TRUE(loaded.notes.join(QLatin1Char('\n')).contains(QLatin1String(name))) << name;
        EXPECT_TRUE(QFile::exists(d.filePath(QLatin1String(name)))) << name; // never deleted
    }
}

TEST(RunStore, ABrokenIndexStillRestoresTheResultFiles)
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    RunEntry a = entry(QStringLiteral("fine"), QStringLiteral("a #1"), true);
    QString error;
    ASSERT_TRUE(store.save(a, &error));
    writeBytes(QDir(dir.path()).filePath(QStringLiteral("index.json")), QByteArray("{\"runs\": ["));
    const RunStore::Loaded loaded = store.load();
    ASSERT_EQ(loaded.runs.size(), 1);
    EXPECT_EQ(loaded.runs[0].result.config.workload, QStringLiteral("fine"));
    ASSERT_EQ(loaded.notes.size(), 1);
    EXPECT_TRUE(loaded.notes[0].startsWith(QStringLiteral("index.json")))
        << qPrintable(loaded.notes[0]);
}

TEST(RunStore, IndexEntriesNeverPointOutsideTheFolder)
{
    QTemporaryDir outside;
    const QString secret = outside.filePath(QStringLiteral("secret.json"));
    RunEntry s = entry(QStringLiteral("fine"), QStringLiteral("secret"), true);
    QString error;
    ASSERT_TRUE(writeResultFile(s.result, secret, QStringLiteral("json"), &error));
    QTemporaryDir dir;
    writeBytes(QDir(dir.path()).filePath(QStringLiteral("index.json")),
               QStringLiteral("{\"format\": \"parabench-run-list\", \"version\": 1, \"runs\": "
                              "[{\"file\": \"%1\"}, {\"file\": \"../x.json\"}]}")
                   .arg(secret)
                   .toUtf8());
    RunEntry victim = entry(QStringLiteral("fine"), QStringLiteral("v"), true);
    victim.storeFile = secret; // a path, not a name: remove() must not touch it
    EXPECT_TRUE(RunStore(dir.path()).remove(victim, &error));
    EXPECT_TRUE(QFile::exists(secret));
    EXPECT_TRUE(RunStore(dir.path()).load().runs.isEmpty());
}

TEST(RunStore, AnUnusableFolderFailsWithAMessage)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeBytes(blocker, "x");
    RunStore store(blocker + QStringLiteral("/runs"));
    RunEntry e = entry(QStringLiteral("fine"), QStringLiteral("e"), true);
    QString error;
    EXPECT_FALSE(store.save(e, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(e.storeFile.isEmpty());
    EXPECT_TRUE(store.load().runs.isEmpty());
}
