#pragma once

#include "ui/chartadapter.h"
#include "ui/chartkind.h"
#include "ui/chartspec.h"
#include "ui/figureformat.h"
#include "ui/runentry.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>

class QTabWidget;

namespace pb::ui {

/// The chart area of the main window: tabs Time, Speedup, Efficiency, Granularity, Change and
/// Machines, each drawn from the runs' stored statistics (the ticked runs; Change also reads the
/// baseline run, ticked or not).
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setRuns(const QList<RunEntry> &runs); ///< redraws everything (cheap; live updates)
    ChartKind currentChart() const;
    void setCurrentChart(ChartKind kind);
    /// False while the chart shows only its empty-state message (nothing to plot or export).
    bool hasData(ChartKind kind) const;
    /// Exports one chart; format from the extension (.png, .svg, .pdf); size in pixels (PDF:
    /// same aspect on an A4-landscape-ish page, vector). Atomic; false + *error on failure,
    /// also when the chart is empty (no placeholder image is written).
    bool exportChart(ChartKind kind, const QString &path, const QSize &size, QString *error) const;
    /// The same in a figure format (column, page, slide: physical size, resolution, type size).
    bool exportChart(ChartKind kind, const QString &path, const FigureFormat &figure,
                     QString *error) const;
    /// The spec a chart shows (for tests and exports).
    const ChartSpec &spec(ChartKind kind) const;
    /// For tests: the plotted series of a chart, as (name, points) pairs.
    QList<QPair<QString, QList<QPointF>>> seriesData(ChartKind kind) const;
    /// For tests: where the on-screen chart put its legend, labels and ticks.
    FigureLayout layoutInfo(ChartKind kind) const;

signals:
    /// Another tab was chosen, or the shown runs changed what the charts contain.
    void chartsChanged();

private:
    static constexpr int kKinds = 6;
    void applyIfDirty(int index) const;

    QTabWidget *m_tabs = nullptr;
    std::array<std::unique_ptr<ChartAdapter>, kKinds> m_adapters;
    std::array<ChartSpec, kKinds> m_specs;
    // Only the visible tab is redrawn on every live update; the others catch up when shown.
    mutable std::array<bool, kKinds> m_dirty{};
};

} // namespace pb::ui
