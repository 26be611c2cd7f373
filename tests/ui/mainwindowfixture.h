// The MainWindow test fixture shared by the tests of the window, its panels and its keyboard
// and layout behaviour: settings and data folders in temporary directories, errors recorded.
#pragma once

#include "core/stats/analysis.h"
#include "ui/configpanel.h"
#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace pb::test {

using namespace pb::ui;

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParaBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ParaBenchUiTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    /// A window whose error dialogs and questions are recorded instead of shown, keeping its
    /// runs in a temporary data folder (the same one for every window of a test).
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>();
        w->setErrorReporter([this](const QString &title, const QString &message) {
            m_errors << title + QStringLiteral(": ") + message;
        });
        MainWindow::Prompts prompts;
        prompts.discard = [this](const QString &title, const QString &text) {
            m_questions << title + QStringLiteral(": ") + text;
            return m_discardAnswer;
        };
        prompts.savePath = [this](const QString &) { return m_savePath; };
        prompts.saveFolder = [this] { return m_saveFolder; };
        w->setPrompts(prompts);
        w->setRunFolder(runFolder());
        return w;
    }

    QString runFolder() const { return m_dataDir.filePath(QStringLiteral("runs")); }

    template <typename T> static T *child(QWidget *w, const QString &name)
    {
        T *c = w->findChild<T *>(name);
        EXPECT_NE(c, nullptr) << qPrintable(name);
        return c;
    }

    /// Sets a configuration through the panel's widgets, like a user would.
    static void configure(ConfigPanel *p, const QString &workload, const QString &size,
                          const QList<int> &workers, const QStringList &strategies, int reps)
    {
        auto *combo = child<QComboBox>(p, QStringLiteral("workloadCombo"));
        combo->setCurrentIndex(combo->findData(workload));
        child<QLineEdit>(p, QStringLiteral("sizeEdit"))->setText(size);
        for (QCheckBox *c : p->findChildren<QCheckBox *>()) {
            const QString n = c->objectName();
            if (n.startsWith(QLatin1String("worker_")))
                c->setChecked(workers.contains(n.mid(7).toInt()));
            if (n.startsWith(QLatin1String("strategy_")))
                c->setChecked(strategies.contains(n.mid(9)));
        }
        child<QSpinBox>(p, QStringLiteral("repsSpin"))->setValue(reps);
        child<QSpinBox>(p, QStringLiteral("warmupSpin"))->setValue(0);
    }

    static RunResult sampleResult()
    {
        RunResult r;
        r.config.workload = QStringLiteral("primes");
        r.config.size = 1000;
        r.config.workers = {1, 2};
        r.workloadName = QStringLiteral("Prime counting");
        r.system.logicalCores = 2;
        r.system.date = QDateTime::currentDateTimeUtc();
        const struct
        {
            const char *strategy;
            int workers;
            double median;
        } rows[] = {{"serial", 1, 2e6}, {"mapped", 1, 2.1e6}, {"mapped", 2, 1.1e6}};
        for (const auto &row : rows) {
            CellResult c;
            c.strategy = QLatin1String(row.strategy);
            c.workers = row.workers;
            c.samplesNs = {qint64(row.median), qint64(row.median * 1.01),
                           qint64(row.median * 0.99)};
            c.size = r.config.size;
            c.verified = true;
            r.cells << c;
        }
        analyzeCells(r); // the statistics its samples give, as the reader insists
        return r;
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_files;
    QStringList m_errors;
    QStringList m_questions; ///< discard questions asked
    MainWindow::DiscardChoice m_discardAnswer = MainWindow::DiscardChoice::Discard;
    QString m_savePath;   ///< answer to "save as" (empty: canceled)
    QString m_saveFolder; ///< answer to "save into folder" (empty: canceled)
};

/// Processes events until pred() or the deadline; returns pred().
inline bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return pred();
}

} // namespace pb::test
