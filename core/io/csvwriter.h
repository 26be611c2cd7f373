#pragma once

#include "core/io/resultio.h"

namespace pb {

/// One CSV row per cell (RFC 4180 quoting), for spreadsheets and scripts. Columns are listed
/// in docs/json-format.md.
class CsvWriter final : public ResultWriter
{
public:
    QString formatId() const override { return QStringLiteral("csv"); }
    QString extension() const override { return QStringLiteral("csv"); }
    QByteArray write(const RunResult &result) const override;

    /// The header line's column names, in order.
    static QStringList columns();
    /// RFC 4180: quote a field containing a comma, quote, CR or LF; double inner quotes.
    static QString quote(const QString &field);
};

} // namespace pb
