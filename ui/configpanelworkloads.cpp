// ConfigPanel: the workload list — built-in workloads, then those of loaded plugins.
#include "ui/configpanel.h"

#include "core/run/plugins.h"
#include "core/run/registry.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace pb::ui {

QString ConfigPanel::pluginTooltip(const QString &workloadId)
{
    const auto plugin = pb::workloadPlugin(workloadId);
    if (!plugin)
        return {};
    return tr("From plugin %1 %2 (%3)\n%4\nSDK %5, %6 build\nRuns in a separate parabench-cli "
              "process, so a crash cannot take the app down.")
        .arg(plugin->id, plugin->version, plugin->name, plugin->file, plugin->sdkVersion,
             plugin->buildType);
}

void ConfigPanel::fillWorkloads()
{
    const QSignalBlocker block(m_workload);
    m_workload->clear();
    for (const pb::Workload *w : pb::workloads()) {
        const bool plugin = pb::workloadPlugin(w->id()).has_value();
        m_workload->addItem(plugin ? tr("%1 (plugin)").arg(w->displayName()) : w->displayName(),
                            w->id());
        if (plugin)
            m_workload->setItemData(m_workload->count() - 1, pluginTooltip(w->id()),
                                    Qt::ToolTipRole);
    }
}

void ConfigPanel::reloadWorkloads()
{
    const QString current = m_workload->currentData().toString();
    fillWorkloads();
    m_workload->setCurrentIndex(std::max(0, m_workload->findData(current)));
}

bool ConfigPanel::selectWorkload(const QString &id)
{
    const int index = m_workload->findData(id);
    if (index < 0)
        return false;
    m_workload->setCurrentIndex(index); // onWorkloadChanged: defaults, size, parameters
    return true;
}

} // namespace pb::ui
