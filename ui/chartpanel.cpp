#include "ui/chartpanel.h"

#include "ui/chartadapter.h"
#include "ui/chartbuilder.h"
#include "ui/chartexporter.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

constexpr ChartKind kOrder[] = {ChartKind::Time,        ChartKind::Speedup, ChartKind::Efficiency,
                                ChartKind::Granularity, ChartKind::Change,  ChartKind::Machines};

int indexOf(ChartKind kind)
{
    return static_cast<int>(kind);
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (ChartKind kind : kOrder) {
        const int i = indexOf(kind);
        m_adapters[i] = makeChartAdapter();
        m_specs[i] = ChartBuilder::build(kind, {});
        m_adapters[i]->apply(m_specs[i]);
        m_tabs->addTab(m_adapters[i]->widget(), ChartBuilder::kindName(kind));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        applyIfDirty(i);
        emit chartsChanged();
    });
}

ChartPanel::~ChartPanel()
{
    // The adapters' widgets belong to the tab widget; drop the adapters (and their signal
    // connections) first so nothing calls back into a half-destroyed panel.
    for (auto &a : m_adapters)
        a.reset();
}

void ChartPanel::setRuns(const QList<RunEntry> &runs)
{
    for (ChartKind kind : kOrder) {
        const int i = indexOf(kind);
        m_specs[i] = ChartBuilder::build(kind, runs);
        m_dirty[i] = true;
    }
    applyIfDirty(m_tabs->currentIndex());
    emit chartsChanged();
}

void ChartPanel::applyIfDirty(int index) const
{
    if (index < 0 || index >= kKinds || !m_dirty[index])
        return;
    m_adapters[index]->apply(m_specs[index]);
    m_dirty[index] = false;
}

ChartKind ChartPanel::currentChart() const
{
    return kOrder[std::max(0, m_tabs->currentIndex())];
}

void ChartPanel::setCurrentChart(ChartKind kind)
{
    m_tabs->setCurrentIndex(indexOf(kind));
}

bool ChartPanel::exportChart(ChartKind kind, const QString &path, const QSize &size,
                             QString *error) const
{
    return exportChart(kind, path, FigureFormat::forPixels(size), error);
}

bool ChartPanel::exportChart(ChartKind kind, const QString &path, const FigureFormat &figure,
                             QString *error) const
{
    const ChartSpec &spec = m_specs[indexOf(kind)];
    if (!spec.emptyMessage.isEmpty()) {
        *error = tr("The %1 chart is empty, so there is nothing to export. %2")
                     .arg(ChartBuilder::kindName(kind), spec.emptyMessage);
        return false;
    }
    return ChartExporter::exportToFile(spec, path, figure, error);
}

const ChartSpec &ChartPanel::spec(ChartKind kind) const
{
    return m_specs[indexOf(kind)];
}

FigureLayout ChartPanel::layoutInfo(ChartKind kind) const
{
    applyIfDirty(indexOf(kind));
    return m_adapters[indexOf(kind)]->layoutInfo();
}

bool ChartPanel::hasData(ChartKind kind) const
{
    return m_specs[indexOf(kind)].emptyMessage.isEmpty();
}

QList<QPair<QString, QList<QPointF>>> ChartPanel::seriesData(ChartKind kind) const
{
    applyIfDirty(indexOf(kind));
    return m_adapters[indexOf(kind)]->seriesData();
}

} // namespace pb::ui
