#pragma once

#include "core/model/result.h"

#include <QAbstractTableModel>

namespace pb::ui {

/// Table of one RunResult's cells. Display text is human-formatted; Qt::UserRole holds the raw
/// number (or string) so a proxy can sort numerically. Statistics come from core unchanged.
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Strategy,
        Workers,
        Chunk,
        Median,
        Ci95,
        Min,
        Stddev,
        Speedup,
        Efficiency,
        KarpFlatt,
        Outliers,
        PeakMemory,
        Verified,
        ColumnCount
    };

    explicit ResultsTableModel(QObject *parent = nullptr);

    void setResult(const pb::RunResult &result);
    void clear();
    const pb::RunResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const pb::CellResult &cell, int column) const;
    QVariant sortValue(const pb::CellResult &cell, int column) const;
    QString verifiedText(const pb::CellResult &cell) const;

    pb::RunResult m_result;
};

} // namespace pb::ui
