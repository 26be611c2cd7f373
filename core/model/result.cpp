#include "core/model/result.h"

namespace pb {

QString cellErrorKindName(CellErrorKind kind)
{
    switch (kind) {
    case CellErrorKind::None:
        return QStringLiteral("none");
    case CellErrorKind::Kernel:
        return QStringLiteral("kernel-error");
    case CellErrorKind::OutOfMemory:
        return QStringLiteral("out-of-memory");
    case CellErrorKind::Verification:
        return QStringLiteral("verification-mismatch");
    case CellErrorKind::Canceled:
        return QStringLiteral("canceled");
    case CellErrorKind::ThreadStart:
        return QStringLiteral("thread-start");
    case CellErrorKind::Crashed:
        return QStringLiteral("crashed");
    case CellErrorKind::Engine:
        return QStringLiteral("engine-error");
    }
    return QStringLiteral("engine-error"); // unreachable for valid enum values
}

std::optional<CellErrorKind> cellErrorKindFromName(const QString &name)
{
    for (CellErrorKind k :
         {CellErrorKind::None, CellErrorKind::Kernel, CellErrorKind::OutOfMemory,
          CellErrorKind::Verification, CellErrorKind::Canceled, CellErrorKind::ThreadStart,
          CellErrorKind::Crashed, CellErrorKind::Engine})
        if (cellErrorKindName(k) == name)
            return k;
    return std::nullopt;
}

QString cellErrorKindText(CellErrorKind kind)
{
    switch (kind) {
    case CellErrorKind::None:
        return QStringLiteral("ok");
    case CellErrorKind::Kernel:
        return QStringLiteral("kernel error");
    case CellErrorKind::OutOfMemory:
        return QStringLiteral("out of memory");
    case CellErrorKind::Verification:
        return QStringLiteral("verification mismatch");
    case CellErrorKind::Canceled:
        return QStringLiteral("canceled");
    case CellErrorKind::ThreadStart:
        return QStringLiteral("threads could not start");
    case CellErrorKind::Crashed:
        return QStringLiteral("crashed");
    case CellErrorKind::Engine:
        return QStringLiteral("engine error");
    }
    return QStringLiteral("engine error"); // unreachable for valid enum values
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
