// parabench-cli: the headless front end of the ParaBench engine. The commands live in core/cli.
#include "core/cli/clioptions.h"
#include "core/cli/commands.h"
#include "core/cli/comparecommand.h"
#include "core/cli/compareoptions.h"
#include "core/cli/console.h"
#include "core/cli/exitcode.h"
#include "core/cli/listing.h"
#include "core/cli/streamcommand.h"
#include "core/run/validation.h"
#include "core/sys/sysinfo.h"

#include <QCoreApplication>

namespace {

int run(const QStringList &arguments)
{
    if (pb::isSubcommand(arguments))
        return pb::runSubcommand(arguments);
    QString error, help;
    bool version = false;
    const auto opts = pb::parseCli(arguments, &error, &help, &version);
    if (!help.isEmpty()) {
        pb::printOutput(help.toUtf8());
        return pb::ExitOk;
    }
    if (version) {
        pb::printOutput(QStringLiteral("parabench-cli %1\n").arg(pb::parabenchVersion()).toUtf8());
        return pb::ExitOk;
    }
    if (!opts) {
        pb::printError(QStringLiteral("parabench-cli: %1").arg(error));
        return pb::ExitUsage;
    }
    for (const QString &warning : opts->warnings)
        pb::printError(QStringLiteral("parabench-cli: warning: %1").arg(warning));
    if (opts->listPlugins) {
        pb::printOutput(pb::pluginListText().toUtf8());
        return pb::ExitOk;
    }
    if (opts->list) {
        pb::printOutput(pb::listText());
        return pb::ExitOk;
    }
    if (opts->checkMachine)
        return pb::runMachineCheckCommand(*opts);
    if (const QString invalid = pb::validateConfig(opts->config); !invalid.isEmpty()) {
        pb::printError(QStringLiteral("parabench-cli: %1").arg(invalid));
        return pb::ExitUsage;
    }
    if (opts->stream)
        return pb::runStreamExperiment(*opts);
    return pb::runExperiment(*opts);
}

} // namespace

int main(int argc, char *argv[])
{
    pb::protectStandardStreams();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parabench-cli"));
    QCoreApplication::setApplicationVersion(pb::parabenchVersion());
    return pb::finishStandardOutput(run(QCoreApplication::arguments()));
}
