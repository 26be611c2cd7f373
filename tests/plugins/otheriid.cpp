// A Qt plugin for some other application: its interface id is not ParaBench's.
#include <QObject>
#include <QtPlugin>

class OtherIidPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.SomethingElse/1")
};

#include "otheriid.moc"
