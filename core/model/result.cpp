#include "core/model/result.h"

namespace pb {

bool isVerificationFailure(const CellResult &cell)
{
    return cell.error.startsWith(QLatin1String(kVerificationFailedPrefix));
}

QString runStatusName(RunStatus s)
{
    switch (s) {
    case RunStatus::Complete:
        return QStringLiteral("complete");
    case RunStatus::Canceled:
        return QStringLiteral("canceled");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed"); // unreachable for valid enum values
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    for (RunStatus s : {RunStatus::Complete, RunStatus::Canceled, RunStatus::Failed})
        if (runStatusName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace pb
