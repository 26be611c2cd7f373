// MainWindow by keyboard only: Tab reaches every worker-count box, Enter and Ctrl+R/F5 run.
#include "ui/runlist.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include "mainwindowfixture.h"

using namespace pb;
using namespace pb::ui;

namespace {

using MainWindowKeyboard = pb::test::MainWindowTest;

/// Sends a key to whatever has the keyboard focus in the window, as a keyboard would.
void press(MainWindow &w, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *target = w.focusWidget() ? w.focusWidget() : &w;
    QTest::keyClick(target, key, mods);
}

QString focusName(const MainWindow &w)
{
    return w.focusWidget() ? w.focusWidget()->objectName() : QString();
}

std::unique_ptr<MainWindow> shown(std::unique_ptr<MainWindow> w)
{
    w->resize(1400, 900);
    w->show();
    w->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(w.get()));
    return w;
}

} // namespace

TEST_F(MainWindowKeyboard, WalkthroughPicksWorkloadSizeWorkersAndRunsWithEnter)
{
    auto w = shown(makeWindow());
    auto *combo = child<QComboBox>(w.get(), QStringLiteral("workloadCombo"));
    combo->setFocus();
    ASSERT_EQ(focusName(*w), QStringLiteral("workloadCombo"));
    for (int i = 0; i < combo->count() && combo->currentData() != QStringLiteral("fine"); ++i)
        press(*w, Qt::Key_Down);
    ASSERT_EQ(combo->currentData().toString(), QStringLiteral("fine"));

    press(*w, Qt::Key_Tab);
    ASSERT_EQ(focusName(*w), QStringLiteral("sizeEdit"));
    press(*w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w->focusWidget(), QStringLiteral("2000"));

    // Tab on until the worker boxes: every one of them is reached, in order.
    QStringList visited;
    const int boxes = 2 * std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < 40 && visited.count() < boxes; ++i) {
        press(*w, Qt::Key_Tab);
        if (focusName(*w).startsWith(QLatin1String("worker_"))) {
            visited << focusName(*w);
            // Only 2 workers: Space toggles the boxes that differ.
            auto *box = qobject_cast<QCheckBox *>(w->focusWidget());
            if (box->isChecked() != (focusName(*w) == QLatin1String("worker_2")))
                press(*w, Qt::Key_Space);
        }
    }
    QStringList expected;
    for (int i = 1; i <= boxes; ++i)
        expected << QStringLiteral("worker_%1").arg(i);
    EXPECT_EQ(visited, expected);

    press(*w, Qt::Key_Return); // Enter anywhere in the experiment runs it
    ASSERT_TRUE(w->isRunning()) << qPrintable(w->configPanel()->problem());
    ASSERT_TRUE(w->waitForRunFinished(60000));
    const RunConfig ran = w->runList()->runs().last().result.config;
    EXPECT_EQ(ran.workload, QStringLiteral("fine"));
    EXPECT_EQ(ran.size, 2000);
    EXPECT_EQ(ran.workers, QList<int>{2});
}

TEST_F(MainWindowKeyboard, CtrlRAndF5BothRunAndTheMenuShowsBoth)
{
    auto w = shown(makeWindow());
    const QList<QKeySequence> keys = w->runAction()->shortcuts();
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::Key_F5)));
    // The menu shows the text after the tab as the shortcut column.
    const QString shortcutColumn = w->runAction()->text().section(QLatin1Char('\t'), 1);
    EXPECT_TRUE(shortcutColumn.contains(QStringLiteral("Ctrl+R"))) << qPrintable(shortcutColumn);
    EXPECT_TRUE(shortcutColumn.contains(QStringLiteral("F5"))) << qPrintable(shortcutColumn);

    configure(w->configPanel(), QStringLiteral("fine"), QStringLiteral("500"), {1},
              {QStringLiteral("serial")}, 1);
    for (const auto &[key, mods] :
         {std::pair{Qt::Key_R, Qt::KeyboardModifiers(Qt::ControlModifier)},
          std::pair{Qt::Key_F5, Qt::KeyboardModifiers()}}) {
        const int before = w->runList()->count();
        child<QLineEdit>(w.get(), QStringLiteral("sizeEdit"))->setFocus();
        press(*w, key, mods);
        EXPECT_TRUE(w->isRunning()) << key;
        ASSERT_TRUE(w->waitForRunFinished(60000));
        EXPECT_EQ(w->runList()->count(), before + 1) << key;
    }
}

TEST_F(MainWindowKeyboard, EnterWithAnInvalidSizeSaysWhyInsteadOfRunning)
{
    auto w = shown(makeWindow());
    auto *size = child<QLineEdit>(w.get(), QStringLiteral("sizeEdit"));
    size->setText(QStringLiteral("0"));
    size->setFocus();
    EXPECT_FALSE(w->runAction()->isEnabled());
    EXPECT_TRUE(w->runAction()->toolTip().contains(w->configPanel()->problem()))
        << qPrintable(w->runAction()->toolTip());
    press(*w, Qt::Key_Return);
    EXPECT_FALSE(w->isRunning());
    EXPECT_EQ(w->runList()->count(), 0);
    EXPECT_TRUE(m_errors.isEmpty()); // a status message, not a dialog
}
