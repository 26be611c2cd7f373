#pragma once

#include "core/compare/comparison.h"
#include "core/io/gbenchimport.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace pb {

/// `parabench-cli compare BASE NEW [NEW…]` and `parabench-cli report FILE…`.
struct SubcommandOptions
{
    enum class Command { Compare, Report };
    Command command = Command::Compare;
    QStringList files;      ///< compare: BASE first
    CompareOptions compare; ///< alpha, noise, gate
    ThreadScaling scaling = ThreadScaling::Split;
    bool scalingGiven = false;
    QString stdoutFormat = QStringLiteral("txt");
    QList<QPair<QString, QString>> outputs; ///< (format id, path)
};

/// True when arguments()[1] names a subcommand ("compare", "report").
bool isSubcommand(const QStringList &arguments);

/// Parses a subcommand's command line (arguments()[0] is the program, [1] the subcommand).
/// nullopt with *error for bad input; --help fills *helpText.
std::optional<SubcommandOptions> parseSubcommand(const QStringList &arguments, QString *error,
                                                 QString *helpText);

/// Parses a percentage: "5%", "5" or "0.5%" -> 0.05, 0.05, 0.005; nullopt with *error.
std::optional<double> parsePercent(const QString &text, const QString &option, QString *error);

} // namespace pb
