#include "ui/resultstablemodel.h"

#include "core/io/resultformat.h"
#include "core/io/sweepformat.h"
#include "core/model/units.h"
#include "core/stats/cpuuse.h"
#include "ui/chartstyle.h"
#include "ui/elidedtext.h"
#include "ui/runswatch.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pb::ui {

namespace {

bool isSerial(const pb::CellResult &cell)
{
    return cell.strategy == QLatin1String("serial");
}

QString fixed(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

ResultsTableModel::ResultsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResultsTableModel::setRuns(const QList<RunEntry> &runs)
{
    beginResetModel();
    m_runs = runs;
    m_rows.clear();
    for (int r = 0; r < m_runs.size(); ++r)
        for (int c = 0; c < m_runs.at(r).result.cells.size(); ++c)
            m_rows.append({r, c});
    m_runIcons.clear();
    QStringList strategies;
    for (const RunEntry &run : std::as_const(m_runs)) {
        m_runIcons.append(runSwatchIcon(runStyleRank(m_runs, run.id)));
        for (const pb::CellResult &c : run.result.cells)
            if (!strategies.contains(c.strategy))
                strategies.append(c.strategy);
    }
    // The hues as the charts pick them: serial is not a series there (near-black baseline),
    // so it must not take a hue from the others here either.
    QStringList series = strategies;
    series.removeAll(QStringLiteral("serial"));
    m_strategyIcons.clear();
    const SeriesColors colors(series);
    for (const QString &s : std::as_const(strategies))
        m_strategyIcons.insert(
            s, seriesSwatchIcon(s == QLatin1String("serial") ? baselineColor() : colors.color(s)));
    endResetModel();
}

void ResultsTableModel::setResult(const pb::RunResult &result)
{
    RunEntry entry;
    entry.result = result;
    setRuns({entry});
}

void ResultsTableModel::clear()
{
    setRuns({});
}

void ResultsTableModel::setChangeColumns(const ChangeColumns &columns)
{
    m_change = columns; // same rows and columns: no reset, so the selection stays
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Change), index(int(m_rows.size()) - 1, ChangeVerdict));
}

int ResultsTableModel::runIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_runs.at(m_rows.at(row).run).id : -1;
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const names[Change] = {
        "Run",      "Size",    "Strategy", "Workers",          "Chunk",      "Median",
        "95% CI",   "Min",     "Stddev",   "Speedup [95% CI]", "Efficiency", "Karp–Flatt",
        "Outliers", "CPU use", "Steal",    "+Memory",          "Verified",   "Break-even"};
    static const char *const tips[Change] = {
        "The run this row belongs to: its name and colour in the run list and on the charts",
        "Items this cell measured (a size sweep measures every size; a count)",
        "How the map was executed (serial is the baseline every speedup refers to)",
        "Threads in the strategy's private pool (a count)",
        "Items per chunk for chunked strategies (a count; – when not chunked)",
        "Median wall-clock time of one timed repetition (ns, µs, ms or s as shown)",
        "95% confidence interval of the median, from order statistics (same unit as the median)",
        "Fastest timed repetition (wall-clock time)",
        "Sample standard deviation of the timed repetitions (wall-clock time)",
        "Serial median ÷ this median (× faster than serial), with a 95% bootstrap CI",
        "Speedup ÷ workers, in percent (100% = perfect scaling)",
        "Karp–Flatt experimentally determined serial fraction, 0–1 (lower is better; a rising "
        "value across worker counts means growing overhead)",
        "Timed repetitions outside Tukey's fences (1.5 IQR): flagged / total, never removed",
        "CPU time ÷ (wall time × workers, at most the cores), in percent, median over the runs: "
        "below 100% the workers sat idle (load imbalance, serial parts, blocking) or waited for "
        "a CPU",
        "CPU time the hypervisor gave to other guests while this cell ran, in percent of the CPU "
        "time it wanted (/proc/stat steal, 10 ms ticks: averaged over the cell)",
        "Most the process memory (RSS, bytes) grew during one run, over the input and output it "
        "already holds",
        "Output compared with the serial reference: yes, FAILED, reference (serial), not checked, "
        "or the error kind of a failed cell",
        "Size sweep: from which size this strategy × worker count pays off (its speedup's 95% CI "
        "above 1 there and at every larger measured size)"};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (section >= Change && role == Qt::DisplayRole)
        return changeColumnName(section - Change);
    if (section >= Change && role == Qt::ToolTipRole)
        return changeColumnTip(section - Change);
    if (section >= Change)
        return {};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

QVariant ResultsTableModel::decoration(const RowRef &ref, int column) const
{
    if (column == Run)
        return m_runIcons.value(ref.run);
    if (column == Strategy)
        return m_strategyIcons.value(m_runs.at(ref.run).result.cells.at(ref.cell).strategy);
    return {};
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RowRef &ref = m_rows.at(index.row());
    const RunEntry &run = m_runs.at(ref.run);
    const pb::CellResult &cell = run.result.cells.at(ref.cell);
    const bool failed = !cell.error.isEmpty() && cell.errorKind != pb::CellErrorKind::Canceled;
    if (index.column() >= Change) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return changeColumnData(m_change, run, cell, index.column() - Change, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(ref, index.column());
    case Qt::UserRole:
        return sortValue(ref, index.column());
    case Qt::DecorationRole:
        return decoration(ref, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Strategy || index.column() == Run || index.column() == BreakEven
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (failed && (index.column() == Verified || index.column() == Strategy))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (!cell.error.isEmpty())
            return elided(cell.error, kMaxShownTooltipChars);
        if (index.column() == Median || index.column() == Ci95)
            return tr("%1 timed repetitions; CI width %2% of the median")
                .arg(cell.stats.n)
                .arg(fixed(cell.stats.relCiWidth * 100.0, 1));
        return {};
    default:
        return {};
    }
}

QString ResultsTableModel::verifiedText(const pb::RunResult &result,
                                        const pb::CellResult &cell) const
{
    if (cell.errorKind == pb::CellErrorKind::Verification)
        return tr("FAILED");
    if (cell.errorKind == pb::CellErrorKind::Canceled)
        return tr("canceled");
    if (!cell.error.isEmpty()) // no output to compare: say why (details in the tooltip)
        return tr("error: %1").arg(pb::cellErrorKindText(cell.errorKind));
    if (isSerial(cell))
        return tr("reference");
    if (!result.config.verify)
        return tr("not checked");
    return cell.verified ? tr("yes") : tr("no");
}

QVariant ResultsTableModel::displayText(const RowRef &ref, int column) const
{
    const RunEntry &run = m_runs.at(ref.run);
    const pb::CellResult &cell = run.result.cells.at(ref.cell);
    const pb::CellStats &s = cell.stats;
    const bool hasStats = s.n > 0;
    const QString none = QStringLiteral("–");
    switch (column) {
    case Run:
        return run.label;
    case Size:
        return QLocale().toString(cell.size);
    case Strategy:
        return cell.strategy;
    case Workers:
        return cell.workers;
    case Chunk:
        return cell.chunkSize > 0 ? QLocale().toString(cell.chunkSize) : none;
    case Median:
        return hasStats ? pb::formatDuration(s.medianNs) : none;
    case Ci95:
        return hasStats ? QStringLiteral("%1 – %2").arg(pb::formatDuration(s.medianCiLowNs),
                                                        pb::formatDuration(s.medianCiHighNs))
                        : none;
    case Min:
        return hasStats ? pb::formatDuration(s.minNs) : none;
    case Stddev:
        return hasStats ? pb::formatDuration(s.stddevNs) : none;
    case Speedup:
        if (s.speedup <= 0)
            return none;
        return QStringLiteral("%1× [%2–%3]")
            .arg(fixed(s.speedup, 2), fixed(s.speedupCiLow, 2), fixed(s.speedupCiHigh, 2));
    case Efficiency:
        return s.speedup > 0 ? QStringLiteral("%1%").arg(fixed(s.efficiency * 100.0, 0)) : none;
    case KarpFlatt:
        return s.karpFlatt ? fixed(*s.karpFlatt, 3) : none;
    case Outliers:
        return hasStats ? QStringLiteral("%1/%2").arg(s.outlierIndices.size()).arg(s.n) : none;
    case CpuUse:
        return pb::fmt::cpuUseText(s);
    case Steal:
        return pb::fmt::stealText(cell, run.result.system.logicalCores);
    case PeakMemory:
        return pb::fmt::peakExtraText(cell);
    case Verified:
        return verifiedText(run.result, cell);
    case BreakEven:
        return breakEvenText(run.result, cell);
    default:
        return {};
    }
}

QString ResultsTableModel::breakEvenText(const pb::RunResult &result, const pb::CellResult &cell)
{
    const pb::BreakEven *b =
        isSerial(cell) ? nullptr : pb::fmt::findBreakEven(result, cell.strategy, cell.workers);
    return b ? pb::fmt::breakEvenText(*b, result) : QStringLiteral("–");
}

QVariant ResultsTableModel::sortValue(const RowRef &ref, int column) const
{
    const pb::RunResult &result = m_runs.at(ref.run).result;
    const pb::CellResult &cell = result.cells.at(ref.cell);
    const pb::CellStats &s = cell.stats;
    switch (column) {
    case Run:
        return ref.run; // run-list order
    case Size:
        return cell.size;
    case Strategy:
        return cell.strategy;
    case Workers:
        return cell.workers;
    case Chunk:
        return cell.chunkSize;
    case Median:
        return s.medianNs;
    case Ci95:
        return s.relCiWidth;
    case Min:
        return s.minNs;
    case Stddev:
        return s.stddevNs;
    case Speedup:
        return s.speedup;
    case Efficiency:
        return s.efficiency;
    case KarpFlatt:
        return s.karpFlatt ? *s.karpFlatt : -1.0;
    case Outliers:
        return int(s.outlierIndices.size());
    case CpuUse:
        return s.cpuUtilisation;
    case Steal:
        return pb::stats::stealShare(cell, result.system.logicalCores);
    case PeakMemory:
        return cell.peakExtraBytes;
    case Verified:
        return cell.error.isEmpty() ? (cell.verified ? 1 : 0) : -1;
    case BreakEven: {
        const pb::BreakEven *b = pb::fmt::findBreakEven(result, cell.strategy, cell.workers);
        if (!b || isSerial(cell))
            return -1.0;
        // Not reached sorts last; a bracket by its upper end.
        return b->kind == pb::BreakEvenKind::NotReached  ? 1e300
               : b->kind == pb::BreakEvenKind::Bracketed ? double(b->above)
                                                         : b->size;
    }
    default:
        return {};
    }
}

} // namespace pb::ui
