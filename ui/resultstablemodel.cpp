#include "ui/resultstablemodel.h"

#include "core/io/resultformat.h"
#include "core/model/units.h"

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

void ResultsTableModel::setResult(const pb::RunResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ResultsTableModel::clear()
{
    setResult(pb::RunResult{});
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.cells.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const names[ColumnCount] = {
        "Strategy",         "Workers",    "Chunk",      "Median",   "95% CI",  "Min",     "Stddev",
        "Speedup [95% CI]", "Efficiency", "Karp–Flatt", "Outliers", "+Memory", "Verified"};
    static const char *const tips[ColumnCount] = {
        "How the map was executed",
        "Threads in the private pool",
        "Items per chunk (chunked strategies)",
        "Median of the timed repetitions",
        "95% confidence interval of the median (order statistics)",
        "Fastest repetition",
        "Standard deviation of the repetitions",
        "Serial median / this median, with a 95% bootstrap CI",
        "Speedup / workers (100% = perfect scaling)",
        "Experimentally determined serial fraction (lower is better)",
        "Repetitions outside Tukey's fences (1.5 IQR)",
        "Most the process RSS grew during one run, over the input and output it already holds",
        "Output compared with the serial reference"};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.cells.size())
        return {};
    const pb::CellResult &cell = m_result.cells.at(index.row());
    const bool failed = !cell.error.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cell, index.column());
    case Qt::UserRole:
        return sortValue(cell, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Strategy ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                          : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (failed && (index.column() == Verified || index.column() == Strategy))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (failed)
            return cell.error;
        if (index.column() == Median || index.column() == Ci95)
            return tr("%1 timed repetitions; CI width %2% of the median")
                .arg(cell.stats.n)
                .arg(fixed(cell.stats.relCiWidth * 100.0, 1));
        return {};
    default:
        return {};
    }
}

QString ResultsTableModel::verifiedText(const pb::CellResult &cell) const
{
    if (cell.errorKind == pb::CellErrorKind::Verification)
        return tr("FAILED");
    if (!cell.error.isEmpty()) // no output to compare: say why (details in the tooltip)
        return tr("error: %1").arg(pb::cellErrorKindName(cell.errorKind));
    if (isSerial(cell))
        return tr("reference");
    if (!m_result.config.verify)
        return tr("not checked");
    return cell.verified ? tr("yes") : tr("no");
}

QVariant ResultsTableModel::displayText(const pb::CellResult &cell, int column) const
{
    const pb::CellStats &s = cell.stats;
    const bool hasStats = s.n > 0;
    const QString none = QStringLiteral("–");
    switch (column) {
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
    case PeakMemory:
        return pb::fmt::peakExtraText(cell);
    case Verified:
        return verifiedText(cell);
    default:
        return {};
    }
}

QVariant ResultsTableModel::sortValue(const pb::CellResult &cell, int column) const
{
    const pb::CellStats &s = cell.stats;
    switch (column) {
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
    case PeakMemory:
        return cell.peakExtraBytes;
    case Verified:
        return cell.error.isEmpty() ? (cell.verified ? 1 : 0) : -1;
    default:
        return {};
    }
}

} // namespace pb::ui
