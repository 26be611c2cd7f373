#include "core/cli/listing.h"

#include "core/run/plugins.h"

#include <QFileInfo>

namespace pb {

QString paramListText(const ParamSpec &p)
{
    QString range;
    if (p.type == ParamType::Int || p.type == ParamType::Double)
        range =
            QStringLiteral(", %1 to %2").arg(formatParamNumber(p.min), formatParamNumber(p.max));
    else if (p.type == ParamType::Choice)
        range = QStringLiteral(", one of %1").arg(p.choices.join(QStringLiteral(", ")));
    return QStringLiteral("-p %1=<%2> (default %3%4): %5")
        .arg(p.key, paramTypeName(p.type), formatParamValue(p, p.defaultValue), range, p.help);
}

QString workloadListText(const Workload &w)
{
    QString text = QStringLiteral("  %1  %2 [%3], default size %4\n      %5\n")
                       .arg(w.id(), -11)
                       .arg(w.displayName(), w.stresses())
                       .arg(w.defaultSize())
                       .arg(w.description());
    for (const ParamSpec &p : w.parameters())
        text += QStringLiteral("      %1\n").arg(paramListText(p));
    if (const auto plugin = workloadPlugin(w.id()))
        text += QStringLiteral("      plugin %1\n").arg(pluginOneLine(*plugin));
    return text;
}

QString pluginOneLine(const PluginProvenance &p)
{
    return QStringLiteral("%1 %2 (%3 build, SDK %4), %5")
        .arg(p.id, p.version, p.buildType.isEmpty() ? QStringLiteral("unknown") : p.buildType,
             p.sdkVersion, p.file);
}

QString pluginListText()
{
    QString text = QStringLiteral("Plugin folders, searched in this order (--plugin paths come "
                                  "first):\n");
    for (const QString &folder : pluginSearchFolders())
        text += QStringLiteral("  %1%2\n")
                    .arg(folder, QFileInfo(folder).isDir() ? QString()
                                                           : QStringLiteral("  (does not exist)"));
    const QList<PluginProvenance> plugins = loadedPlugins();
    text += plugins.isEmpty() ? QStringLiteral("\nNo plugins loaded.\n")
                              : QStringLiteral("\nLoaded plugins:\n");
    for (const PluginProvenance &p : plugins)
        text += QStringLiteral("  %1 %2  \"%3\"\n      file       %4\n      sha256     %5\n"
                               "      built      SDK %6, %7 build, %8\n      workloads  %9\n")
                    .arg(p.id, p.version, p.name, p.file, p.sha256, p.sdkVersion, p.buildType,
                         p.compiler, pluginWorkloadIds(p.file).join(QStringLiteral(", ")));
    return text;
}

} // namespace pb
