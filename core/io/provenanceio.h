#pragma once

#include "core/io/jsonfields.h"
#include "core/model/provenance.h"

#include <QJsonObject>

#include <optional>

namespace pb {

// A result's plugin provenance in the files: the optional JSON object "plugin"
// (docs/json-format.md) and the line the text and Markdown reports show.

QJsonObject pluginJson(const PluginProvenance &p);
/// Reads root["plugin"] when present (absent: *out stays nullopt). False with the error
/// recorded in `fields` when it is malformed.
bool readPluginJson(const QJsonObject &root, JsonFields &fields,
                    std::optional<PluginProvenance> *out);
/// "Workload plugin collatz 1.0.0 (Collatz steps), /path/collatz.so, SHA-256 4983b367…,
/// SDK 0.1.0, Release build, GNU 12.2.0"
QString pluginText(const PluginProvenance &p);

} // namespace pb
