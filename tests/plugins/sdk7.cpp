// Claims to be built against ParaBench SDK 7: refused from its metadata, its code never runs.
#include <QObject>
#include <QtPlugin>

class Sdk7Plugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.parabench.WorkloadPlugin/7" FILE "sdk7.json")
};

#include "sdk7.moc"
