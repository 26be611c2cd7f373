#include "ui/helpdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pb::ui {

QString HelpDialog::resourcePath()
{
    return QStringLiteral(":/docs/measurement.md");
}

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("How to read the results"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(false); // anchors, web links and other files each need their way
    connect(m_browser, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { openLink(url); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(60 * em, 40 * fontMetrics().lineSpacing());
    load();
}

void HelpDialog::load()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(
            tr("The help text is missing from this build (%1).").arg(resourcePath()));
        return;
    }
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    // The Markdown importer gives headings no anchor names: add GitHub's, so the document's
    // own links (#timing) and links from elsewhere to a section both work.
    QTextDocument *doc = m_browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(b);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({anchorFor(b.text())});
        cursor.mergeCharFormat(anchor);
    }
}

QStringList HelpDialog::anchors() const
{
    QStringList names;
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString &n : it.fragment().charFormat().anchorNames())
                if (!names.contains(n))
                    names << n;
    return names;
}

bool HelpDialog::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        return QDesktopServices::openUrl(url);
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        if (!anchors().contains(url.fragment()))
            return false;
        m_browser->scrollToAnchor(url.fragment());
        return true;
    }
    // Other documents (source files, other pages) are not part of the app.
    return false;
}

QString HelpDialog::anchorFor(const QString &heading)
{
    QString out;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c.isSpace())
            out += QLatin1Char('-');
    }
    return out;
}

} // namespace pb::ui
