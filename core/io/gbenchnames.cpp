#include "core/io/gbenchnames.h"

#include <QRegularExpression>

#include <algorithm>

namespace pb {

QString gbenchCellName(const GbenchCellName &p)
{
    QString name = QStringLiteral("%1/size:%2/%3").arg(p.workload).arg(p.size).arg(p.strategy);
    if (p.chunk > 0)
        name += QStringLiteral("/chunk:%1").arg(p.chunk);
    return name + QStringLiteral("/real_time/threads:%1").arg(p.threads);
}

std::optional<GbenchCellName> parseGbenchCellName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z0-9_.-]+)/size:([0-9]+)/([A-Za-z0-9_.-]+)(?:/chunk:([0-9]+))?/real_time/"
        "threads:([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    GbenchCellName p;
    bool okSize = false, okThreads = false;
    p.workload = m.captured(1);
    p.size = m.captured(2).toLongLong(&okSize);
    p.strategy = m.captured(3);
    p.chunk = m.captured(4).isEmpty() ? 0 : m.captured(4).toLongLong();
    p.threads = m.captured(5).toInt(&okThreads);
    if (!okSize || !okThreads || p.threads < 1)
        return std::nullopt;
    return p;
}

QString gbenchFamilyName(const QString &runName, int *threads)
{
    static const QRegularExpression re(QStringLiteral("/threads:([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(runName);
    if (threads)
        *threads = m.hasMatch() ? std::max(1, m.captured(1).toInt()) : 1;
    return m.hasMatch() ? runName.left(m.capturedStart()) : runName;
}

} // namespace pb
