#pragma once

#include "core/model/runconfig.h"

#include <QStringList>

namespace pb {

/// The parabench-cli arguments that run `config` in --stream mode, loading only `pluginFiles`
/// (no plugin folder scan): the command ProcessRunController starts. parseCli() of these
/// arguments gives back `config` (tests/core/run/test_childcommand.cpp).
QStringList childArguments(const RunConfig &config, const QStringList &pluginFiles);

/// A parameter value as the command line writes it (-p key=value).
QString paramArgument(const QVariant &value);

} // namespace pb
