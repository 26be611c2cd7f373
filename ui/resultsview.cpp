#include "ui/resultsview.h"

#include "core/io/provenanceio.h"
#include "ui/elidedtext.h"
#include "ui/resultstablemodel.h"

#include "core/io/sweepformat.h"

#include <QHeaderView>
#include <QItemSelection>
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
    setChangeColumns({}); // no baseline yet
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *notesScroll = new QScrollArea(this);
    notesScroll->setWidget(m_notes);
    notesScroll->setWidgetResizable(true);
    notesScroll->setFrameShape(QFrame::NoFrame);
    // Four lines at most, whatever the font and scale: the table keeps the height.
    notesScroll->setMaximumHeight(4 * m_notes->fontMetrics().lineSpacing() + 6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(notesScroll);
    clear();
}

void ResultsView::setChangeColumns(const ChangeColumns &columns)
{
    m_model->setChangeColumns(columns);
    showChangeColumns();
}

void ResultsView::showChangeColumns()
{
    // A model reset forgets hidden sections: applied after each.
    for (int c :
         {ResultsTableModel::Change, ResultsTableModel::ChangeP, ResultsTableModel::ChangeVerdict})
        m_table->setColumnHidden(c, !m_model->changeColumns().active());
}

void ResultsView::setResult(const pb::RunResult &result)
{
    m_model->setResult(result);
    m_table->setColumnHidden(ResultsTableModel::Run, true);
    showChangeColumns();
    hideSweepColumns({result});
    m_notes->setText(notesHtml(result));
}

void ResultsView::setRuns(const QList<RunEntry> &runs, int currentId, const QString &currentLabel)
{
    m_model->setRuns(runs);
    m_table->setColumnHidden(ResultsTableModel::Run, runs.size() <= 1);
    showChangeColumns();
    QList<pb::RunResult> results;
    for (const RunEntry &r : runs)
        results << r.result;
    hideSweepColumns(results);
    QStringList parts;
    const bool currentShown = std::any_of(
        runs.begin(), runs.end(), [currentId](const RunEntry &r) { return r.id == currentId; });
    if (currentId >= 0 && !currentShown)
        parts << tr("<i>The selected run %1 is not ticked: tick it in the run list to see it "
                    "here and on the charts.</i>")
                     .arg(currentLabel.toHtmlEscaped());
    if (runs.isEmpty() && currentId < 0)
        parts << tr("<i>No run shown. Press Run (Ctrl+R) to measure the experiment on the left, "
                    "open a saved result (Ctrl+O), or tick a run in the run list.</i>");
    for (const RunEntry &r : runs)
        parts << (runs.size() > 1 ? QStringLiteral("<b>%1</b>: ").arg(r.label.toHtmlEscaped())
                                  : QString()) +
                     notesHtml(r.result);
    m_notes->setText(parts.join(QStringLiteral("<br>")));
    selectRowsOf(currentId);
}

void ResultsView::hideSweepColumns(const QList<pb::RunResult> &results)
{
    // Size and break-even mean something only when a size sweep is shown.
    const bool sweep = std::any_of(results.cbegin(), results.cend(),
                                   [](const pb::RunResult &r) { return r.isSizeSweep(); });
    const bool breakEven =
        std::any_of(results.cbegin(), results.cend(),
                    [](const pb::RunResult &r) { return !r.breakEvens.isEmpty(); });
    m_table->setColumnHidden(ResultsTableModel::Size, !sweep);
    m_table->setColumnHidden(ResultsTableModel::BreakEven, !breakEven);
}

void ResultsView::selectRowsOf(int runId)
{
    // The selected run's rows are highlighted, so the list's selection shows in the table too.
    QItemSelection rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->runIdAt(r) == runId)
            rows.select(m_model->index(r, 0),
                        m_model->index(r, ResultsTableModel::ColumnCount - 1));
    const QItemSelection mapped = m_proxy->mapSelectionFromSource(rows);
    m_table->selectionModel()->select(mapped, QItemSelectionModel::ClearAndSelect);
    if (!mapped.isEmpty() && m_model->runs().size() > 1)
        m_table->scrollTo(mapped.indexes().constFirst());
}

void ResultsView::clear()
{
    m_model->clear();
    m_table->setColumnHidden(ResultsTableModel::Run, true);
    hideSweepColumns({});
    m_notes->setText(tr("<i>No run selected. Press Run (Ctrl+R) to measure the experiment on "
                        "the left, or open a saved result (Ctrl+O).</i>"));
}

QString ResultsView::notesText() const
{
    return QTextDocumentFragment::fromHtml(m_notes->text()).toPlainText();
}

QString ResultsView::notesHtml(const pb::RunResult &result) const
{
    QStringList parts;
    if (result.status == pb::RunStatus::Failed && !result.error.isEmpty())
        parts << tr("<b style='color:#c01c28'>Run failed:</b> %1")
                     .arg(elided(result.error).toHtmlEscaped());
    QStringList breakEven;
    for (const QString &line : pb::fmt::breakEvenSummary(result))
        breakEven << line.toHtmlEscaped();
    if (!breakEven.isEmpty())
        parts << tr("<b>Break-even</b> (speedup's 95% CI above 1 from there on) — %1")
                     .arg(breakEven.join(QStringLiteral(" ")));
    QStringList models;
    for (const pb::CostModel &m : result.costModels) {
        const QString vs = pb::fmt::modelBreakEvenText(m, result);
        models << QStringLiteral("%1 ×%2: %3%4")
                      .arg(m.strategy.toHtmlEscaped())
                      .arg(m.workers)
                      .arg(pb::fmt::costModelText(m).toHtmlEscaped(),
                           vs.isEmpty() ? QString() : QStringLiteral(", ") + vs.toHtmlEscaped());
    }
    if (!models.isEmpty())
        parts
            << tr("<b>Cost model</b> t(N) = t0 + c·N — %1").arg(models.join(QStringLiteral("; ")));
    QStringList fits;
    for (const QString &line : pb::fmt::fitLines(result))
        fits << line.toHtmlEscaped();
    if (!fits.isEmpty())
        parts << tr("<b>Amdahl fit</b> — %1").arg(fits.join(QStringLiteral("; ")));
    if (result.plugin) // which code was measured, whether or not that plugin is loaded here
        parts << elided(pb::pluginText(*result.plugin)).toHtmlEscaped();
    // A file may hold thousands of warnings: a rich-text label of all of them takes minutes to
    // lay out. The first few, each elided, and how many more there are.
    QStringList warnings;
    for (const pb::Warning &w : result.warnings.mid(0, kMaxShownLines + 1)) {
        QString where;
        if (!w.strategy.isEmpty())
            where =
                QStringLiteral(" [%1 · %2 w%3]")
                    .arg(w.strategy.toHtmlEscaped())
                    .arg(w.workers)
                    .arg(w.size > 0 ? QStringLiteral(" · %1 items").arg(QLocale().toString(w.size))
                                    : QString());
        warnings << QStringLiteral("⚠ <b>%1</b>%2 %3 <i>%4</i>")
                        .arg(w.code.toHtmlEscaped(), where, elided(w.message).toHtmlEscaped(),
                             elided(w.hint).toHtmlEscaped());
    }
    if (result.warnings.size() > kMaxShownLines) {
        warnings = warnings.mid(0, kMaxShownLines);
        warnings << tr("… and %n more warning(s) (all of them are in the exported data)", nullptr,
                       int(result.warnings.size() - kMaxShownLines));
    }
    parts << warnings;
    if (parts.isEmpty())
        return result.cells.isEmpty() ? tr("<i>No cells measured yet.</i>")
                                      : tr("No measurement warnings.");
    return parts.join(QStringLiteral("<br>"));
}

} // namespace pb::ui
