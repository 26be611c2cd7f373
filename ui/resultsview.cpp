#include "ui/resultsview.h"

#include "ui/resultstablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace pb::ui {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent), m_model(new ResultsTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_notes(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep the runner's order until asked
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_notes->setObjectName(QStringLiteral("resultsNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *notesScroll = new QScrollArea(this);
    notesScroll->setWidget(m_notes);
    notesScroll->setWidgetResizable(true);
    notesScroll->setFrameShape(QFrame::NoFrame);
    notesScroll->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(notesScroll);
    clear();
}

void ResultsView::setResult(const pb::RunResult &result)
{
    m_model->setResult(result);
    m_notes->setText(notesHtml(result));
}

void ResultsView::clear()
{
    m_model->clear();
    m_notes->setText(tr("<i>No run selected. Press Run (F5) to measure the experiment on the "
                        "left, or open a saved result (Ctrl+O).</i>"));
}

QString ResultsView::notesText() const
{
    return QTextDocumentFragment::fromHtml(m_notes->text()).toPlainText();
}

QString ResultsView::notesHtml(const pb::RunResult &result) const
{
    QStringList parts;
    if (result.status == pb::RunStatus::Failed && !result.error.isEmpty())
        parts
            << tr("<b style='color:#c01c28'>Run failed:</b> %1").arg(result.error.toHtmlEscaped());
    QStringList fits;
    for (const pb::AmdahlFit &f : result.fits) {
        fits << tr("%1: serial fraction %2 (R² %3, %4 points)")
                    .arg(f.strategy.toHtmlEscaped(), QLocale().toString(f.serialFraction, 'f', 3),
                         QLocale().toString(f.rSquared, 'f', 2))
                    .arg(f.points);
    }
    if (!fits.isEmpty())
        parts << tr("<b>Amdahl fit</b> — %1").arg(fits.join(QStringLiteral("; ")));
    for (const pb::Warning &w : result.warnings) {
        QString where;
        if (!w.strategy.isEmpty())
            where = QStringLiteral(" [%1 · %2 w]").arg(w.strategy.toHtmlEscaped()).arg(w.workers);
        parts << QStringLiteral("⚠ <b>%1</b>%2 %3 <i>%4</i>")
                     .arg(w.code.toHtmlEscaped(), where, w.message.toHtmlEscaped(),
                          w.hint.toHtmlEscaped());
    }
    if (parts.isEmpty())
        return result.cells.isEmpty() ? tr("<i>No cells measured yet.</i>")
                                      : tr("No measurement warnings.");
    return parts.join(QStringLiteral("<br>"));
}

} // namespace pb::ui
