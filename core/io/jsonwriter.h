#pragma once

#include "core/io/resultio.h"

namespace pb {

/// Writes the versioned ParaBench JSON document (docs/json-format.md); toJson() builds it.
class JsonWriter final : public ResultWriter
{
public:
    QString formatId() const override { return QStringLiteral("json"); }
    QString extension() const override { return QStringLiteral("json"); }
    QByteArray write(const RunResult &result) const override;
};

} // namespace pb
