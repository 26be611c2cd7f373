// ConfigPanel inside the window: why an experiment cannot run, the size field, configurations
// fitted to this machine, keyboard order and the sweep's note.
#include "core/model/sizeparse.h"
#include "ui/configpanel.h"
#include "ui/mainwindow.h"
#include "ui/runlist.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QThread>

#include <gtest/gtest.h>

#include <limits>

#include "mainwindowfixture.h"

using namespace pb;
using namespace pb::ui;

namespace {
using ConfigPanelTest = pb::test::MainWindowTest;
} // namespace

TEST_F(ConfigPanelTest, NoWorkersDisablesRunAndSaysWhy)
{
    auto w = makeWindow();
    configure(w->configPanel(), QStringLiteral("primes"), QStringLiteral("1000"), {},
              {QStringLiteral("serial"), QStringLiteral("mapped")}, 2);
    EXPECT_FALSE(w->runAction()->isEnabled());
    auto *message = child<QLabel>(w->configPanel(), QStringLiteral("configMessage"));
    EXPECT_TRUE(message->isVisibleTo(w->configPanel()));
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(message->text(), w->configPanel()->problem());
    QString error;
    EXPECT_FALSE(w->startRun(&error));
    EXPECT_EQ(error, w->configPanel()->problem());
    EXPECT_EQ(w->runList()->count(), 0);

    child<QCheckBox>(w->configPanel(), QStringLiteral("worker_1"))->setChecked(true);
    EXPECT_TRUE(w->runAction()->isEnabled());
    EXPECT_FALSE(message->isVisibleTo(w->configPanel()));
}

TEST_F(ConfigPanelTest, UnparsableSizeIsRefused)
{
    auto w = makeWindow();
    child<QLineEdit>(w->configPanel(), QStringLiteral("sizeEdit"))->setText(QStringLiteral("1.5"));
    EXPECT_FALSE(w->runAction()->isEnabled());
    EXPECT_TRUE(w->configPanel()->problem().contains(QStringLiteral("1.5")));
    // The parser's own message (core/model/sizeparse.h), shown right under the field.
    auto *sizeError = child<QLabel>(w->configPanel(), QStringLiteral("sizeError"));
    QString expected;
    EXPECT_FALSE(parseSize(QStringLiteral("1.5"), &expected).has_value());
    EXPECT_TRUE(sizeError->isVisibleTo(w->configPanel()));
    EXPECT_EQ(sizeError->text(), expected);
    EXPECT_EQ(w->configPanel()->problem(), expected);

    for (const char *text : {"0", "1,5M"}) {
        child<QLineEdit>(w->configPanel(), QStringLiteral("sizeEdit"))
            ->setText(QString::fromLatin1(text));
        EXPECT_FALSE(w->runAction()->isEnabled()) << text;
        EXPECT_TRUE(sizeError->isVisibleTo(w->configPanel())) << text;
    }
    child<QLineEdit>(w->configPanel(), QStringLiteral("sizeEdit"))
        ->setText(QStringLiteral("1 000"));
    EXPECT_TRUE(w->runAction()->isEnabled());
    EXPECT_FALSE(sizeError->isVisibleTo(w->configPanel()));
    EXPECT_EQ(w->configPanel()->config().size, 1000);
}

TEST_F(ConfigPanelTest, LoadedConfigsAreFittedToThisMachine)
{
    auto w = makeWindow();
    ConfigPanel *p = w->configPanel();
    const int cores = QThread::idealThreadCount();
    RunConfig c = ConfigPanel::defaultConfig();
    c.workers = {1, 2, 4 * cores + 512};
    c.warmupSec = std::numeric_limits<double>::quiet_NaN();
    const QStringList notes = p->setConfig(c);
    EXPECT_EQ(notes.size(), 2) << qPrintable(notes.join(QLatin1Char('|')));
    EXPECT_EQ(p->config().workers, (QList<int>{1, 2}));
    EXPECT_EQ(p->config().warmupSec, 0.0);
    EXPECT_TRUE(p->isRunnable()) << qPrintable(p->problem());

    c = ConfigPanel::defaultConfig();
    c.workload = QStringLiteral("gone");
    c.size = 50'000'000;
    EXPECT_EQ(p->setConfig(c).size(), 1);
    EXPECT_EQ(p->config().workload, ConfigPanel::defaultConfig().workload);
    EXPECT_EQ(p->config().size, ConfigPanel::defaultConfig().size); // not the foreign size

    // An explicit sweep from the CLI survives; the automatic one follows the size.
    c = ConfigPanel::defaultConfig();
    c.workers = {2};
    c.chunkSweep = {64, 256, 1024};
    p->setConfig(c);
    EXPECT_EQ(p->config().chunkSweep, (QList<qint64>{64, 256, 1024}));
}
