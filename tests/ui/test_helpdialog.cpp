// Help → How to read the results: docs/measurement.md shipped in the app, links that work.
#include "ui/helpdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace pb::ui;

TEST(HelpDialog, ShowsTheShippedMeasurementDocAsMarkdown)
{
    QFile shipped(HelpDialog::resourcePath());
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    QFile source(QStringLiteral(PARABENCH_SOURCE_DIR "/docs/measurement.md"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    EXPECT_EQ(shipped.readAll(), source.readAll()); // the resource is the doc, not a copy

    HelpDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("How ParaBench measures")))
        << qPrintable(text.left(80));
    EXPECT_FALSE(text.contains(QStringLiteral("## "))); // rendered, not shown as source
    EXPECT_TRUE(dialog.anchors().contains(QStringLiteral("speedup-and-efficiency")));
    EXPECT_TRUE(dialog.anchors().contains(QStringLiteral("karpflatt-metric")));
}

TEST(HelpDialog, EveryLinkInsideTheDocLeadsToAHeading)
{
    QFile shipped(HelpDialog::resourcePath());
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(shipped.readAll());
    HelpDialog dialog;
    const QStringList anchors = dialog.anchors();
    int links = 0;
    const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
    for (auto it = link.globalMatch(markdown); it.hasNext(); ++links) {
        const QString target = it.next().captured(1);
        EXPECT_TRUE(anchors.contains(target)) << qPrintable(target);
    }
    EXPECT_GE(links, 5); // the contents list at the top
}

TEST(HelpDialog, ClickingAnAnchorScrollsToIt)
{
    HelpDialog dialog;
    dialog.resize(600, 400);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.browser()->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(dialog.openLink(QUrl(QStringLiteral("#warnings"))));
    EXPECT_GT(dialog.browser()->verticalScrollBar()->value(), 0);
    EXPECT_FALSE(dialog.openLink(QUrl(QStringLiteral("#no-such-heading"))));
    EXPECT_FALSE(dialog.openLink(QUrl(QStringLiteral("../core/stats/statistics.cpp"))));
}

TEST(HelpDialog, HelpMenuOpensItWithF1)
{
    MainWindow w;
    QAction *help = w.findChild<QAction *>(QStringLiteral("helpAction"));
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
    EXPECT_EQ(w.helpDialog(), nullptr);
    help->trigger();
    ASSERT_NE(w.helpDialog(), nullptr);
    EXPECT_TRUE(w.helpDialog()->isVisible());
    EXPECT_FALSE(w.helpDialog()->isModal());
}
