#include "core/model/result.h"

#include <algorithm>

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

namespace pb {

QList<qint64> RunResult::sizes() const
{
    QList<qint64> out;
    for (const CellResult &c : cells)
        if (!out.contains(c.size))
            out.append(c.size);
    if (out.isEmpty())
        return measuredSizes(config);
    std::sort(out.begin(), out.end());
    return out;
}

const CellResult *RunResult::baseline(qint64 size) const
{
    for (const CellResult &c : cells)
        if (c.strategy == QLatin1String("serial") && c.size == size)
            return &c;
    return nullptr;
}

const CellResult *RunResult::cell(const QString &strategy, int workers, qint64 size) const
{
    for (const CellResult &c : cells)
        if (c.strategy == strategy && c.size == size &&
            (c.workers == workers || strategy == QLatin1String("serial")))
            return &c;
    return nullptr;
}

QString breakEvenKindName(BreakEvenKind kind)
{
    switch (kind) {
    case BreakEvenKind::Interpolated:
        return QStringLiteral("interpolated");
    case BreakEvenKind::Bracketed:
        return QStringLiteral("bracketed");
    case BreakEvenKind::AtSmallest:
        return QStringLiteral("at-smallest");
    case BreakEvenKind::NotReached:
        return QStringLiteral("not-reached");
    }
    return QStringLiteral("not-reached"); // unreachable for valid enum values
}

std::optional<BreakEvenKind> breakEvenKindFromName(const QString &name)
{
    for (BreakEvenKind k : {BreakEvenKind::Interpolated, BreakEvenKind::Bracketed,
                            BreakEvenKind::AtSmallest, BreakEvenKind::NotReached})
        if (breakEvenKindName(k) == name)
            return k;
    return std::nullopt;
}

} // namespace pb
