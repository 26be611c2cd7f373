// MainWindow at small sizes: the chart keeps its room, the experiment panel shows its buttons.
#include "ui/chartpanel.h"

#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

#include "mainwindowfixture.h"

using namespace pb;
using namespace pb::ui;

namespace {

using MainWindowLayout = pb::test::MainWindowTest;

void showAt(MainWindow &w, QSize size)
{
    w.resize(size);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    pb::test::waitUntil([] { return false; }, 100); // the deferred dock fitting
}

/// True when `w` lies horizontally inside the viewport of the scroll area around it.
bool inView(QWidget *w, QScrollArea *scroll)
{
    const QPoint left = w->mapTo(scroll->viewport(), QPoint(0, 0));
    return left.x() >= 0 && left.x() + w->width() <= scroll->viewport()->width();
}

} // namespace

TEST_F(MainWindowLayout, At1024x700TheChartKeepsRoomAndThePanelItsButtons)
{
    auto w = makeWindow();
    showAt(*w, QSize(1024, 700));
    ChartPanel *chart = w->chartPanel();
    EXPECT_GE(chart->width(), chart->minimumWidth());
    EXPECT_GE(chart->width(), 400);
    auto *scroll =
        w->findChild<QDockWidget *>(QStringLiteral("configDock"))->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    for (const char *name : {"presetAll", "presetPow2"})
        EXPECT_TRUE(inView(child<QToolButton>(w.get(), QLatin1String(name)), scroll)) << name;
    EXPECT_TRUE(inView(child<QComboBox>(w.get(), QStringLiteral("workloadCombo")), scroll));
}

TEST_F(MainWindowLayout, WideDocksSavedOnABigScreenAreCappedInASmallWindow)
{
    {
        auto big = makeWindow();
        showAt(*big, QSize(1800, 1000));
        big->resizeDocks({big->findChild<QDockWidget *>(QStringLiteral("configDock")),
                          big->findChild<QDockWidget *>(QStringLiteral("runDock"))},
                         {700, 500}, Qt::Horizontal);
        pb::test::waitUntil([] { return false; }, 50);
        big->close();
    }
    auto w = makeWindow();
    showAt(*w, QSize(1024, 700));
    const int config = w->findChild<QDockWidget *>(QStringLiteral("configDock"))->width();
    const int runs = w->findChild<QDockWidget *>(QStringLiteral("runDock"))->width();
    EXPECT_LE(
        config,
        std::max(
            int(0.32 * 1024) + 8,
            w->findChild<QDockWidget *>(QStringLiteral("configDock"))->minimumSizeHint().width() +
                8));
    EXPECT_LE(runs, int(0.24 * 1024) + 8);
    EXPECT_GE(w->chartPanel()->width(), w->chartPanel()->minimumWidth());
}
