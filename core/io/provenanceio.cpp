#include "core/io/provenanceio.h"

namespace pb {

using namespace Qt::Literals::StringLiterals;

QJsonObject pluginJson(const PluginProvenance &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"name"_s, p.name},
                       {u"version"_s, p.version},
                       {u"file"_s, p.file},
                       {u"sha256"_s, p.sha256},
                       {u"sdkVersion"_s, p.sdkVersion},
                       {u"buildType"_s, p.buildType},
                       {u"compiler"_s, p.compiler}};
}

bool readPluginJson(const QJsonObject &root, JsonFields &fields,
                    std::optional<PluginProvenance> *out)
{
    if (!root.contains(QLatin1String("plugin")))
        return true;
    const QString path = QStringLiteral("plugin");
    QJsonObject o;
    PluginProvenance p;
    if (!fields.object(root, QString(), path, &o) || !fields.string(o, path, u"id"_s, &p.id) ||
        !fields.string(o, path, u"name"_s, &p.name) ||
        !fields.string(o, path, u"version"_s, &p.version) ||
        !fields.string(o, path, u"file"_s, &p.file) ||
        !fields.string(o, path, u"sha256"_s, &p.sha256) ||
        !fields.string(o, path, u"sdkVersion"_s, &p.sdkVersion) ||
        !fields.string(o, path, u"buildType"_s, &p.buildType) ||
        !fields.string(o, path, u"compiler"_s, &p.compiler))
        return false;
    *out = p;
    return true;
}

QString pluginText(const PluginProvenance &p)
{
    return QStringLiteral("Workload plugin %1 %2 (%3), %4, SHA-256 %5, SDK %6, %7 build, %8")
        .arg(p.id, p.version, p.name, p.file, p.sha256, p.sdkVersion,
             p.buildType.isEmpty() ? QStringLiteral("unknown") : p.buildType, p.compiler);
}

} // namespace pb
