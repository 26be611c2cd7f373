#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace pb {

/// Options that would be accepted and then ignored are refused instead, naming what they need:
/// --ci, --max-reps and --budget need --adaptive; --chunk needs the chunked strategy and has no
/// effect with --sweep; --sweep measures serial and chunked only (a --strategy asking for
/// anything else is refused); --check-machine and --list take no run or output options.
/// `given` holds the long names of the options on the command line ("ci", "max-reps", ...),
/// `strategies` the strategies asked for (or the default). Empty when the combination is fine.
QString checkOptionRules(const QSet<QString> &given, const QStringList &strategies);

} // namespace pb
