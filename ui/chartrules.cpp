#include "ui/chartrules.h"

#include "ui/chartstyle.h"

#include <algorithm>
#include <cmath>

namespace pb::ui {

namespace {

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::floor(v);
}

// "Chunk size (items)" → "Chunk size (items, log scale)"; "Workers" → "Workers (log scale)".
QString withLogScale(const QString &title)
{
    if (title.contains(QLatin1String("log"), Qt::CaseInsensitive))
        return title;
    if (title.endsWith(QLatin1Char(')')))
        return title.chopped(1) + QStringLiteral(", log scale)");
    return title + QStringLiteral(" (log scale)");
}

void applyAxisRules(AxisSpec &a)
{
    if (!a.isLog())
        return;
    a.title = withLogScale(a.title);
    if (a.ticks.isEmpty())
        a.ticks = logTicks(a.min, a.max, a.scale);
}

struct LegendBuilder
{
    QList<LegendEntry> series, runs, notes;

    static bool has(const QList<LegendEntry> &list, const QString &text)
    {
        return std::any_of(list.begin(), list.end(),
                           [&](const LegendEntry &e) { return e.text == text; });
    }
    void add(QList<LegendEntry> &list, const LegendEntry &e)
    {
        if (!has(list, e.text))
            list.append(e);
    }
    void addLine(const LineSpec &l, bool overlay)
    {
        const QString text = l.series.isEmpty() ? l.name : l.series;
        LegendEntry e{LegendEntry::Kind::Series, text, l.color, l.style, l.marker, l.width, false};
        switch (l.role) {
        case SeriesRole::Measured:
            if (overlay && !l.run.isEmpty()) {
                // Hue = series, pattern and marker = run: each listed once.
                add(series, {LegendEntry::Kind::Series, text, l.color, LineStyle::Solid,
                             PointMarker::None, l.width, false});
                add(runs, {LegendEntry::Kind::Run, l.run, runSwatchColor(), l.style, l.marker,
                           l.width, false});
            } else {
                add(series, e);
            }
            break;
        case SeriesRole::Baseline:
            if (overlay)
                e.style = LineStyle::Solid; // the run's pattern tells which run's baseline
            add(series, e);
            break;
        case SeriesRole::Failed:
            add(series, e);
            break;
        case SeriesRole::Fit:
            add(notes,
                {LegendEntry::Kind::Note, l.label.isEmpty() ? QStringLiteral("model fit") : l.label,
                 referenceColor(), l.style, PointMarker::None, l.width, false});
            break;
        case SeriesRole::Reference:
            break;
        }
    }
};

} // namespace

QList<LegendEntry> deriveLegend(const ChartSpec &spec)
{
    const bool overlay = std::any_of(spec.lines.begin(), spec.lines.end(), [](const LineSpec &l) {
        return l.role == SeriesRole::Measured && !l.run.isEmpty();
    });
    LegendBuilder b;
    for (const LineSpec &l : spec.lines)
        if (l.inLegend && !l.points.isEmpty())
            b.addLine(l, overlay);
    for (const BandSpec &band : spec.bands) {
        const QString text = band.label.isEmpty() ? QStringLiteral("shaded band") : band.label;
        b.add(b.notes, {LegendEntry::Kind::Note, text, referenceColor(), LineStyle::Solid,
                        PointMarker::None, kReferenceWidth, true});
    }
    for (const ErrorBarSpec &bars : spec.errorBars)
        if (!bars.label.isEmpty() && !bars.points.isEmpty())
            b.add(b.notes, {LegendEntry::Kind::Note, bars.label, referenceColor(), LineStyle::Solid,
                            PointMarker::None, kReferenceWidth, false});
    return b.series + b.runs + b.notes;
}

void applyFigureRules(ChartSpec &spec)
{
    if (!spec.emptyMessage.isEmpty())
        return;
    applyAxisRules(spec.x);
    applyAxisRules(spec.y);
    for (LineSpec &l : spec.lines) {
        l.width = std::max(l.width, kReferenceWidth);
        if (l.role == SeriesRole::Reference && l.label.isEmpty())
            l.label = l.name;
    }
    for (ErrorBarSpec &e : spec.errorBars)
        e.width = std::max(e.width, kReferenceWidth);
    for (MarkerSpec &m : spec.markers)
        if (m.label.isEmpty())
            m.label = m.name;
    if (spec.legend.isEmpty())
        spec.legend = deriveLegend(spec);
}

QList<AxisTick> ticksAt(QList<double> values, int maxTicks)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const qsizetype n = values.size();
    const qsizetype step = n > maxTicks && maxTicks > 1 ? (n + maxTicks - 2) / (maxTicks - 1) : 1;
    QList<AxisTick> ticks;
    for (qsizetype i = 0; i < n; ++i)
        if (i % step == 0 || i == n - 1)
            ticks.append({values[i], compactNumber(values[i])});
    // The last value is kept; drop its neighbour when thinning put them side by side.
    if (step > 1 && ticks.size() >= 3 && (n - 1) % step != 0)
        ticks.removeAt(ticks.size() - 2);
    return ticks;
}

QList<AxisTick> logTicks(double min, double max, AxisScale scale)
{
    if (scale == AxisScale::Linear || !(min > 0) || !(max > min))
        return {};
    const double base = scale == AxisScale::Log2 ? 2.0 : 10.0;
    const int lo = int(std::ceil(std::log(min) / std::log(base) - 1e-9));
    const int hi = int(std::floor(std::log(max) / std::log(base) + 1e-9));
    const int every = std::max(1, (hi - lo + 10) / 10);
    QList<AxisTick> ticks;
    for (int k = lo; k <= hi; ++k)
        if ((k - lo) % every == 0) {
            const double v = std::pow(base, k);
            ticks.append({v, compactNumber(v)});
        }
    return ticks;
}

QString compactNumber(double v)
{
    if (!isWhole(v))
        return QString::number(v, 'g', 3);
    const double a = std::abs(v);
    if (a < 10000)
        return QString::number(qint64(v));
    static const struct
    {
        double unit;
        const char *suffix;
    } units[] = {{1e9, "G"},           {1e6, "M"},        {1e3, "k"},
                 {1073741824.0, "Gi"}, {1048576.0, "Mi"}, {1024.0, "Ki"}};
    for (const auto &u : units)
        if (a >= u.unit && isWhole(v / u.unit))
            return QString::number(qint64(v / u.unit)) + QLatin1String(u.suffix);
    return QString::number(qint64(v));
}

} // namespace pb::ui
