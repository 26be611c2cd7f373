#include "core/compare/comparisonwriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pb {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject keyJson(const CellKey &k)
{
    return {{u"workload"_s, k.workload},
            {u"size"_s, QJsonValue(k.size)},
            {u"strategy"_s, k.strategy},
            {u"workers"_s, k.workers},
            {u"chunk"_s, QJsonValue(k.chunk)}};
}

QJsonObject cellJson(const CellComparison &c)
{
    QJsonObject o = keyJson(c.key);
    o.insert(u"nBase"_s, c.nBase);
    o.insert(u"nNew"_s, c.nNew);
    o.insert(u"baseMedianNs"_s, number(c.baseMedianNs));
    o.insert(u"newMedianNs"_s, number(c.newMedianNs));
    o.insert(u"ratio"_s, number(c.ratio));
    o.insert(u"ratioCiLow"_s, number(c.ratioLow));
    o.insert(u"ratioCiHigh"_s, number(c.ratioHigh));
    o.insert(u"pValue"_s, number(c.pValue));
    o.insert(u"verdict"_s, verdictName(c.verdict));
    o.insert(u"gateFailed"_s, c.gateFailed);
    o.insert(u"note"_s, c.note);
    return o;
}

QJsonObject comparisonJsonObject(const Comparison &c)
{
    QJsonArray cells, onlyBase, onlyNew;
    for (const CellComparison &cell : c.cells)
        cells.append(cellJson(cell));
    for (const CellKey &k : c.onlyInBase)
        onlyBase.append(keyJson(k));
    for (const CellKey &k : c.onlyInNew)
        onlyNew.append(keyJson(k));
    return {{u"base"_s, c.baseName},
            {u"new"_s, c.newName},
            {u"warnings"_s, QJsonArray::fromStringList(c.warnings)},
            {u"cells"_s, cells},
            {u"onlyInBase"_s, onlyBase},
            {u"onlyInNew"_s, onlyNew},
            {u"gateFailures"_s, c.gateFailures()}};
}

} // namespace

QByteArray comparisonJson(const QList<Comparison> &comparisons, const CompareOptions &options)
{
    QJsonArray list;
    int failures = 0;
    for (const Comparison &c : comparisons) {
        list.append(comparisonJsonObject(c));
        failures += c.gateFailures();
    }
    QJsonObject root{{u"format"_s, u"parabench-comparison"_s},
                     {u"version"_s, 1},
                     {u"alpha"_s, options.alpha},
                     {u"noise"_s, options.noise},
                     {u"failOnRegression"_s, options.failOnRegression
                                                 ? QJsonValue(*options.failOnRegression)
                                                 : QJsonValue(QJsonValue::Null)},
                     {u"gateFailed"_s, options.failOnRegression.has_value() && failures > 0},
                     {u"comparisons"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pb
