// The reader corpus through the app's open path: no crash, no hang, one specific message for a
// refused file and nothing else changed; long or numerous texts shown elided and counted.
#include "../core/io/hostilecorpus.h"
#include "../sanitizerscale.h"
#include "core/io/resultio.h"
#include "ui/configpanel.h"
#include "ui/elidedtext.h"
#include "ui/mainwindow.h"
#include "ui/resultstablemodel.h"
#include "ui/resultsview.h"
#include "ui/runlist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pb;
using namespace pb::ui;
using pb::testdata::CorpusEntry;

namespace {

class HostileFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        ASSERT_TRUE(m_files.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParaBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ParaBenchHostileTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorReporter([this](const QString &title, const QString &message) {
            m_errors << title + QStringLiteral(": ") + message;
        });
        m_window->resize(1024, 700);
        m_window->show();
    }

    /// Opens `e` and lets the window lay out what it shows; returns the milliseconds it took.
    qint64 open(const CorpusEntry &e, bool *opened)
    {
        QElapsedTimer clock;
        clock.start();
        *opened = m_window->openResultFile(e.path);
        QApplication::processEvents();
        return clock.elapsed();
    }

    void expectHandled(const CorpusEntry &e)
    {
        SCOPED_TRACE(qPrintable(e.name));
        m_errors.clear();
        const int runsBefore = m_window->runList()->count();
        const int currentBefore = m_window->runList()->currentRunId();
        const QStringList recentBefore = m_window->recentFiles();
        const RunConfig configBefore = m_window->configPanel()->config();
        bool opened = false;
        EXPECT_LT(open(e, &opened), (e.timeLimitMs + 3000) * pb::test::kSanitizerTimeScale);
        if (e.outcome == CorpusEntry::Refuse) {
            EXPECT_FALSE(opened);
            ASSERT_EQ(m_errors.size(), 1);
            EXPECT_TRUE(m_errors.first().contains(e.phrase)) << qPrintable(m_errors.first());
            EXPECT_EQ(m_window->runList()->count(), runsBefore);
            EXPECT_EQ(m_window->runList()->currentRunId(), currentBefore);
            EXPECT_EQ(m_window->recentFiles(), recentBefore);
        } else {
            EXPECT_TRUE(opened);
            EXPECT_TRUE(m_errors.isEmpty()) << qPrintable(m_errors.value(0));
            EXPECT_EQ(m_window->runList()->count(), runsBefore + 1);
            if (e.outcome == CorpusEntry::Recompute) {
                EXPECT_TRUE(m_window->resultsView()->notesText().contains(
                    QStringLiteral("stats-recomputed")));
            }
        }
        EXPECT_TRUE(m_window->configPanel()->config() == configBefore);
        EXPECT_TRUE(m_window->isVisible());
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
};

} // namespace

TEST_F(HostileFiles, CheckedInCorpusThroughTheOpenPath)
{
    const QList<CorpusEntry> corpus = testdata::checkedInCorpus();
    ASSERT_GE(corpus.size(), 50);
    for (const CorpusEntry &e : corpus)
        expectHandled(e);
}

TEST_F(HostileFiles, GeneratedCorpusThroughTheOpenPath)
{
    for (const CorpusEntry &e : testdata::generatedCorpus(m_files))
        expectHandled(e);
}

TEST_F(HostileFiles, TenThousandWarningsAreListedBriefly)
{
    const QList<CorpusEntry> corpus = testdata::generatedCorpus(m_files);
    const auto it = std::find_if(corpus.cbegin(), corpus.cend(), [](const CorpusEntry &e) {
        return e.name == QLatin1String("warnings-10k.json");
    });
    ASSERT_NE(it, corpus.cend());
    bool opened = false;
    EXPECT_LT(open(*it, &opened), 5000 * pb::test::kSanitizerTimeScale); // unbounded: minutes
    ASSERT_TRUE(opened);
    const QString notes = m_window->resultsView()->notesText();
    // All 10 000 are kept, plus the warnings derived again from the file's cells on opening.
    const qsizetype total = m_window->runList()->runs().last().result.warnings.size();
    EXPECT_GT(total, 10000);
    EXPECT_TRUE(notes.contains(QStringLiteral("… and %1 more warning").arg(total - kMaxShownLines)))
        << qPrintable(notes);
    EXPECT_LT(notes.size(), 20000);
}

TEST_F(HostileFiles, LongCellErrorIsShownElided)
{
    RunResult r;
    QString error;
    const auto base =
        readResultFile(testdata::readerDataDir() + QStringLiteral("/valid-v2.json"), &error);
    ASSERT_TRUE(base) << qPrintable(error);
    r = *base;
    r.cells[1].errorKind = CellErrorKind::Kernel;
    r.cells[1].error = QStringLiteral("kernel threw: ") + QString(60000, QLatin1Char('z'));
    r.status = RunStatus::Failed;
    r.error = QString(60000, QLatin1Char('y'));
    const QString path = m_files.filePath(QStringLiteral("long-error.json"));
    ASSERT_TRUE(writeResultFile(r, path, QStringLiteral("json"), &error)) << qPrintable(error);
    bool opened = false;
    EXPECT_LT(
        open({QStringLiteral("long-error.json"), path, CorpusEntry::Accept, {}, 2000}, &opened),
        5000);
    ASSERT_TRUE(opened) << qPrintable(m_errors.value(0));
    ResultsTableModel *model = m_window->resultsView()->model();
    const QString tip =
        model->index(1, ResultsTableModel::Verified).data(Qt::ToolTipRole).toString();
    EXPECT_EQ(tip.size(), kMaxShownTooltipChars + 1);
    EXPECT_TRUE(tip.endsWith(QStringLiteral("…")));
    const QString notes = m_window->resultsView()->notesText();
    // Every line elided: the 60 000-character texts do not reach the label.
    EXPECT_LT(notes.size(), 8000);
    EXPECT_FALSE(notes.contains(QString(1000, QLatin1Char('z'))));
    EXPECT_FALSE(notes.contains(QString(1000, QLatin1Char('y'))));
    EXPECT_TRUE(notes.contains(QStringLiteral("Run failed: yyy")));
}

TEST(ElidedText, CutsAtTheLimitWithoutSplittingASurrogatePair)
{
    EXPECT_EQ(elided(QStringLiteral("short"), 10), QStringLiteral("short"));
    EXPECT_EQ(elided(QStringLiteral("abcdef"), 3), QStringLiteral("abc…"));
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80"); // 4 units
    EXPECT_EQ(elided(emoji, 3), QString::fromUtf8("\xF0\x9F\x98\x80…"));
    const QStringList lines{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    EXPECT_EQ(firstLinesWithMore(lines, 3), lines);
    EXPECT_EQ(firstLinesWithMore(lines, 1),
              (QStringList{QStringLiteral("a"), QStringLiteral("… and 2 more")}));
}
