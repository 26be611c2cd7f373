#include "core/cli/listing.h"

namespace pb {

QString paramListText(const ParamSpec &p)
{
    QString range;
    if (p.type == ParamType::Int || p.type == ParamType::Double)
        range =
            QStringLiteral(", %1 to %2").arg(formatParamNumber(p.min), formatParamNumber(p.max));
    else if (p.type == ParamType::Choice)
        range = QStringLiteral(", one of %1").arg(p.choices.join(QStringLiteral(", ")));
    return QStringLiteral("-p %1=<%2> (default %3%4): %5")
        .arg(p.key, paramTypeName(p.type), formatParamValue(p, p.defaultValue), range, p.help);
}

QString workloadListText(const Workload &w)
{
    QString text = QStringLiteral("  %1  %2 [%3], default size %4\n      %5\n")
                       .arg(w.id(), -11)
                       .arg(w.displayName(), w.stresses())
                       .arg(w.defaultSize())
                       .arg(w.description());
    for (const ParamSpec &p : w.parameters())
        text += QStringLiteral("      %1\n").arg(paramListText(p));
    return text;
}

} // namespace pb
