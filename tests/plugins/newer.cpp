// Claims a newer SDK minor version than this ParaBench (same major): refused.
#include <parabench/sdkversion.h>

#include <QObject>
#include <QtPlugin>

class NewerPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PARABENCH_WORKLOAD_PLUGIN_IID FILE "newer.json")
};

#include "newer.moc"
