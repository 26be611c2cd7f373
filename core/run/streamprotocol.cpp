#include "core/run/streamprotocol.h"

#include "core/io/resultio.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray resultLine(const QString &type, const RunResult &r)
{
    return line(QJsonObject{{u"type"_s, type}, {u"result"_s, toJson(r)}});
}

} // namespace

QByteArray streamProgressLine(const Progress &p)
{
    return line(QJsonObject{{u"type"_s, u"progress"_s},
                            {u"cellIndex"_s, p.cellIndex},
                            {u"cellCount"_s, p.cellCount},
                            {u"strategy"_s, p.strategy},
                            {u"workers"_s, p.workers},
                            {u"size"_s, QJsonValue(p.size)},
                            {u"repetition"_s, p.repetition},
                            {u"repetitionsPlanned"_s, p.repetitionsPlanned},
                            {u"warmingUp"_s, p.warmingUp},
                            {u"fraction"_s, p.fraction},
                            {u"elapsedSec"_s, p.elapsedSec},
                            {u"etaSec"_s, p.etaSec}});
}

QByteArray streamCellLine(const RunResult &partial)
{
    return resultLine(u"cell"_s, partial);
}

QByteArray streamResultLine(const RunResult &result)
{
    return resultLine(u"result"_s, result);
}

std::optional<StreamMessage> parseStreamLine(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(u"type"_s).toString();
    StreamMessage m;
    if (type == u"progress"_s) {
        m.kind = StreamMessage::Kind::Progress;
        Progress &p = m.progress;
        p.cellIndex = o.value(u"cellIndex"_s).toInt();
        p.cellCount = o.value(u"cellCount"_s).toInt();
        p.strategy = o.value(u"strategy"_s).toString();
        p.workers = o.value(u"workers"_s).toInt(1);
        p.size = qint64(o.value(u"size"_s).toDouble(0));
        p.repetition = o.value(u"repetition"_s).toInt();
        p.repetitionsPlanned = o.value(u"repetitionsPlanned"_s).toInt();
        p.warmingUp = o.value(u"warmingUp"_s).toBool();
        p.fraction = o.value(u"fraction"_s).toDouble();
        p.elapsedSec = o.value(u"elapsedSec"_s).toDouble();
        p.etaSec = o.value(u"etaSec"_s).toDouble(-1);
        return m;
    }
    if (type != u"cell"_s && type != u"result"_s) {
        *error = QStringLiteral("unknown message type \"%1\"").arg(type);
        return std::nullopt;
    }
    m.kind = type == u"cell"_s ? StreamMessage::Kind::Cell : StreamMessage::Kind::Result;
    QString why;
    const std::optional<RunResult> r = fromJson(o.value(u"result"_s).toObject(), &why);
    if (!r) {
        *error = QStringLiteral("%1 message: %2").arg(type, why);
        return std::nullopt;
    }
    m.result = *r;
    return m;
}

} // namespace pb
