#include "ui/machineschart.h"

#include "ui/chartaxes.h"
#include "ui/chartlabels.h"
#include "ui/chartstyle.h"
#include "ui/runfacts.h"

#include <QMap>

#include <algorithm>

namespace pb::ui {
namespace {

struct Best
{
    double speedup = 0;
    QString strategy;
};

} // namespace

QList<MachineBest> machineBests(const QList<RunEntry> &runs)
{
    QList<MachineKey> keys;
    QList<QMap<int, Best>> perWorkers;
    for (const RunEntry &r : runs) {
        if (!r.visible || !r.result.config.chunkSweep.isEmpty())
            continue;
        const MachineKey key = machineOf(r.result);
        qsizetype m = keys.indexOf(key);
        if (m < 0) {
            keys << key;
            perWorkers << QMap<int, Best>{};
            m = keys.size() - 1;
        }
        for (const pb::CellResult &c : r.result.cells) {
            if (!c.error.isEmpty() || c.stats.speedup <= 0 || c.strategy == QLatin1String("serial"))
                continue;
            Best &b = perWorkers[m][c.workers];
            if (c.stats.speedup > b.speedup)
                b = {c.stats.speedup, c.strategy};
        }
    }
    QList<MachineBest> out;
    for (qsizetype m = 0; m < keys.size(); ++m) {
        if (perWorkers[m].isEmpty())
            continue;
        MachineBest mb;
        mb.label = machineLabel(keys[m]);
        mb.shortName = machineShortName(keys[m]);
        mb.cores = keys[m].cores;
        for (auto it = perWorkers[m].begin(); it != perWorkers[m].end(); ++it) {
            mb.curve << QPointF(it.key(), it.value().speedup);
            if (it.value().speedup > mb.speedup) {
                mb.speedup = it.value().speedup;
                mb.workers = it.key();
                mb.strategy = it.value().strategy;
            }
        }
        mb.efficiency = mb.workers > 0 ? mb.speedup / mb.workers : 0;
        out << mb;
    }
    return out;
}

namespace {

LineSpec machineLine(const MachineBest &m, const QColor &color, int index)
{
    LineSpec line;
    // Short, so the legend is not cut: the tooltips and the table have the rest.
    line.name = QStringLiteral("%1: best %2× at %3 w (%4 % eff.)")
                    .arg(m.shortName, QString::number(m.speedup, 'f', 2))
                    .arg(m.workers)
                    .arg(QString::number(m.efficiency * 100, 'f', 0));
    line.color = color;
    // Hue and marker both differ, so machines stay apart in grey print too.
    line.marker = runStyle(index).marker;
    line.points = m.curve;
    for (const QPointF &p : m.curve)
        line.tooltips << QStringLiteral("%1\n%2 workers: best speedup %3× (efficiency %4 %)\n"
                                        "best overall: %5× at %6 workers with %7")
                             .arg(m.label)
                             .arg(p.x())
                             .arg(QString::number(p.y(), 'f', 2),
                                  QString::number(p.y() / p.x() * 100, 'f', 0),
                                  QString::number(m.speedup, 'f', 2))
                             .arg(m.workers)
                             .arg(m.strategy);
    return line;
}

} // namespace

ChartSpec buildMachinesChart(const QList<RunEntry> &runs)
{
    ChartSpec spec;
    spec.title = chartlabels::kindTitle(ChartKind::Machines);
    const QList<MachineBest> machines = machineBests(runs);
    if (machines.isEmpty()) {
        spec.emptyMessage = runs.isEmpty()
                                ? QStringLiteral("No results yet — press Run to measure, or open "
                                                 "a folder of results from several machines "
                                                 "(File → Open folder).")
                                : QStringLiteral("No speedup data in the ticked runs. Open "
                                                 "results from several machines (File → Open "
                                                 "folder) to compare them here.");
        return spec;
    }
    spec.subtitle = QStringLiteral("best speedup per worker count, any strategy");
    QStringList names;
    for (const MachineBest &m : machines)
        names << m.shortName;
    const SeriesColors colors(names);
    QList<double> xs;
    double top = 1;
    for (qsizetype i = 0; i < machines.size(); ++i) {
        const MachineBest &m = machines[i];
        const LineSpec line = machineLine(m, colors.color(m.shortName), int(i));
        for (const QPointF &p : m.curve) {
            xs << p.x();
            top = std::max(top, p.y());
        }
        spec.lines << line;
        if (m.cores > 0)
            spec.markers << MarkerSpec{
                QStringLiteral("%1: %2 core%3")
                    .arg(m.shortName)
                    .arg(m.cores)
                    .arg(m.cores == 1 ? QString() : QStringLiteral("s")),
                double(m.cores),
                0,
                1,
                line.color.darker(140),
                machines.size() > 1 ? QStringLiteral("%1: %2 cores").arg(m.shortName).arg(m.cores)
                                    : QStringLiteral("%1 cores").arg(m.cores), // label on chart
                LineStyle::DashDot};
    }
    spec.x = workersAxis(xs);
    LineSpec ideal;
    ideal.name = QStringLiteral("ideal");
    ideal.label = QStringLiteral("ideal");
    ideal.role = SeriesRole::Reference;
    ideal.color = referenceColor();
    ideal.style = LineStyle::Dashed;
    ideal.width = kReferenceWidth;
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    for (double w : xs) {
        ideal.points << QPointF(w, w);
        ideal.tooltips << QStringLiteral("ideal: speedup %1 on %1 workers").arg(w);
        top = std::max(top, w);
    }
    spec.lines.prepend(ideal);
    spec.y = valueAxis(QStringLiteral("Best speedup (× serial)"), 0, top);
    spec.y.min = 0;
    // Core markers outside the measured range would stretch nothing; drop them.
    spec.markers.erase(
        std::remove_if(spec.markers.begin(), spec.markers.end(),
                       [&](const MarkerSpec &m) { return m.x < spec.x.min || m.x > spec.x.max; }),
        spec.markers.end());
    for (MarkerSpec &m : spec.markers) {
        m.yFrom = spec.y.min;
        m.yTo = spec.y.max;
    }
    return spec;
}

} // namespace pb::ui
