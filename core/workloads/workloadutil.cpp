#include "core/workloads/workloadutil.h"

namespace pb::wl {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkParamKeys(const QString &workloadId, const QVariantMap &params,
                    const QStringList &validKeys, QString *error)
{
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (validKeys.contains(it.key()))
            continue;
        const QString valid =
            validKeys.isEmpty()
                ? QStringLiteral("this workload takes no parameters")
                : QStringLiteral("valid parameters: %1").arg(validKeys.join(QStringLiteral(", ")));
        return fail(
            error,
            QStringLiteral("%1: unknown parameter '%2'; %3").arg(workloadId, it.key(), valid));
    }
    return true;
}

} // namespace pb::wl
