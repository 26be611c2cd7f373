// MainWindow keeps its run list between starts, asks before discarding an unsaved run and
// undoes a Remove.
#include "core/io/resultio.h"
#include "ui/runlist.h"
#include "ui/runstore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "mainwindowfixture.h"

using namespace pb;
using namespace pb::ui;

namespace {

class MainWindowSession : public pb::test::MainWindowTest
{
protected:
    /// Measures a tiny experiment from the panel; returns the new run's id.
    int measure(MainWindow &w, const QString &size = QStringLiteral("300"))
    {
        configure(w.configPanel(), QStringLiteral("fine"), size, {1}, {QStringLiteral("serial")},
                  1);
        EXPECT_TRUE(w.startRun()) << qPrintable(w.configPanel()->problem());
        EXPECT_TRUE(w.waitForRunFinished(60000));
        return w.runList()->runs().isEmpty() ? -1 : w.runList()->runs().last().id;
    }

    QStringList keptFiles() const
    {
        return QDir(runFolder()).entryList({QStringLiteral("run-*.json")}, QDir::Files);
    }
};

} // namespace

TEST_F(MainWindowSession, RunsComeBackAtTheNextStart)
{
    const QString opened = m_files.filePath(QStringLiteral("earlier.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), opened, QStringLiteral("json"), &error));
    QStringList labels;
    {
        auto w = makeWindow();
        ASSERT_TRUE(w->openResultFile(opened));
        measure(*w);
        measure(*w, QStringLiteral("400"));
        w->runList()->setVisible(w->runList()->runs().at(1).id, false);
        for (const RunEntry &r : w->runList()->runs())
            labels << r.label;
        EXPECT_TRUE(w->close());
    }
    EXPECT_EQ(keptFiles().size(), 3); // the opened file is kept as a copy too
    QFile::remove(opened);            // and so survives its original

    auto restored = makeWindow();
    ASSERT_EQ(restored->runList()->count(), 3);
    QStringList restoredLabels;
    for (const RunEntry &r : restored->runList()->runs())
        restoredLabels << r.label;
    EXPECT_EQ(restoredLabels, labels);
    EXPECT_FALSE(restored->runList()->runs().at(1).visible);
    EXPECT_EQ(restored->runList()->runs().at(0).sourceFile, QFileInfo(opened).absoluteFilePath());
    EXPECT_EQ(restored->runList()->runs().at(2).result.config.size, 400);
    EXPECT_TRUE(restored->restoreNotes().isEmpty());
    // A new run continues the numbering instead of repeating "#1".
    measure(*restored);
    EXPECT_TRUE(restored->runList()->runs().last().label.endsWith(QStringLiteral("#3")))
        << qPrintable(restored->runList()->runs().last().label);
}

TEST_F(MainWindowSession, CorruptFilesInTheRunFolderAreSkippedWithANote)
{
    QDir().mkpath(runFolder());
    QFile empty(QDir(runFolder()).filePath(QStringLiteral("empty.json")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QString good = QDir(runFolder()).filePath(QStringLiteral("good.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), good, QStringLiteral("json"), &error));

    auto w = makeWindow();
    EXPECT_EQ(w->runList()->count(), 1);
    ASSERT_EQ(w->restoreNotes().size(), 1);
    EXPECT_TRUE(w->restoreNotes().first().startsWith(QStringLiteral("empty.json")));
    EXPECT_TRUE(m_errors.isEmpty()); // a note, not a dialog at start
    EXPECT_TRUE(empty.exists());
}

TEST_F(MainWindowSession, RemoveAsksBeforeDiscardingAndUndoBringsTheRunBack)
{
    auto w = makeWindow();
    const int first = measure(*w);
    const int second = measure(*w);
    ASSERT_EQ(keptFiles().size(), 2);
    const QString label = w->runList()->run(first)->label;

    m_discardAnswer = MainWindow::DiscardChoice::Cancel;
    EXPECT_FALSE(w->removeRun(first));
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().contains(label)) << qPrintable(m_questions.first());
    EXPECT_EQ(w->runList()->count(), 2);

    m_discardAnswer = MainWindow::DiscardChoice::Discard;
    ASSERT_TRUE(w->removeRun(first));
    EXPECT_EQ(w->runList()->count(), 1);
    EXPECT_EQ(keptFiles().size(), 1);
    EXPECT_TRUE(w->undoAction()->isEnabled());
    EXPECT_EQ(w->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));

    ASSERT_TRUE(w->undoRemove());
    ASSERT_EQ(w->runList()->count(), 2);
    EXPECT_EQ(w->runList()->runs().first().label, label); // back where it was
    EXPECT_EQ(w->runList()->runs().last().id, second);
    EXPECT_EQ(keptFiles().size(), 2);
    EXPECT_FALSE(w->undoAction()->isEnabled());
    EXPECT_FALSE(w->undoRemove());
}

TEST_F(MainWindowSession, SavingFromTheQuestionWritesTheRunBeforeRemovingIt)
{
    auto w = makeWindow();
    const int id = measure(*w);
    m_discardAnswer = MainWindow::DiscardChoice::Save;
    m_savePath.clear(); // the save dialog canceled: nothing removed
    EXPECT_FALSE(w->removeRun(id));
    EXPECT_EQ(w->runList()->count(), 1);

    m_savePath = m_files.filePath(QStringLiteral("saved.json"));
    ASSERT_TRUE(w->removeRun(id));
    QString error;
    const auto saved = readResultFile(m_savePath, &error);
    ASSERT_TRUE(saved.has_value()) << qPrintable(error);
    EXPECT_EQ(saved->config.workload, QStringLiteral("fine"));
}

TEST_F(MainWindowSession, RunsOpenedFromAFileAreRemovedWithoutAQuestion)
{
    auto w = makeWindow();
    const QString path = m_files.filePath(QStringLiteral("a.json"));
    QString error;
    ASSERT_TRUE(writeResultFile(sampleResult(), path, QStringLiteral("json"), &error));
    ASSERT_TRUE(w->openResultFile(path));
    ASSERT_TRUE(w->removeRun(w->runList()->runs().first().id));
    EXPECT_TRUE(m_questions.isEmpty());
    EXPECT_TRUE(QFile::exists(path)); // the user's file is never touched
}

TEST_F(MainWindowSession, QuitAsksOnlyWhenRunsCouldNotBeKept)
{
    {
        auto w = makeWindow();
        measure(*w);
        EXPECT_TRUE(w->close()); // kept in the run folder: nothing to ask
        EXPECT_TRUE(m_questions.isEmpty());
    }
    // A run folder that cannot be created (a file is in the way): runs are not kept.
    QFile blocker(m_files.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto w = makeWindow();
    w->setRunFolder(blocker.fileName() + QStringLiteral("/runs"));
    measure(*w);
    m_discardAnswer = MainWindow::DiscardChoice::Cancel;
    EXPECT_FALSE(w->close());
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().startsWith(QStringLiteral("Discard runs?")));

    m_discardAnswer = MainWindow::DiscardChoice::Save;
    m_saveFolder = m_files.path();
    EXPECT_TRUE(w->close());
    EXPECT_FALSE(QDir(m_files.path()).entryList({QStringLiteral("fine*.json")}).isEmpty());
}
