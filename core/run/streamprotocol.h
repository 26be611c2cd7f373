#pragma once

#include "core/model/result.h"
#include "core/run/runner.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pb {

// The machine-readable stream of `parabench-cli --stream` (docs/plugins.md, "Crash isolation"):
// one JSON object per line on standard output, each with a "type":
//   {"type":"progress", "cellIndex":2, "cellCount":5, "strategy":"chunked", "workers":2, ...}
//   {"type":"cell", "result":{...}}     the result so far, after each finished cell
//   {"type":"result", "result":{...}}   the final result (complete, canceled or failed)
// "result" is a result document as written by --json (docs/json-format.md). Messages for people
// go to standard error. A line that is not a protocol message (a plugin printing to standard
// output) is ignored by the reader.

struct StreamMessage
{
    enum class Kind { Progress, Cell, Result };
    Kind kind = Kind::Progress;
    Progress progress; ///< Kind::Progress
    RunResult result;  ///< Kind::Cell, Kind::Result
};

/// One line, '\n' included.
QByteArray streamProgressLine(const Progress &progress);
QByteArray streamCellLine(const RunResult &partial);
QByteArray streamResultLine(const RunResult &result);

/// Parses one line (without or with its '\n'). nullopt and *error when it is not a protocol
/// message.
std::optional<StreamMessage> parseStreamLine(const QByteArray &line, QString *error);

} // namespace pb
