#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace pb::ui {

/// Help → How to read the results: docs/measurement.md (compiled into the app as a resource)
/// rendered as Markdown. Links to its own headings scroll, web links open in the browser.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    /// The Markdown shipped with the app (":/docs/measurement.md").
    static QString resourcePath();

    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// The anchor names the headings got ("timing", "speedup-and-efficiency", ...).
    QStringList anchors() const;
    /// What a click on a link does; false when the target is unknown (said in the status line).
    bool openLink(const QUrl &url);

    /// GitHub's rule for heading anchors: lower case, punctuation dropped, spaces to '-'.
    static QString anchorFor(const QString &heading);

private:
    void load();

    QTextBrowser *m_browser = nullptr;
};

} // namespace pb::ui
