// Collects what QAbstractItemModelTester reports, so a test can assert the model kept Qt's
// model contract (the tester only logs in Warning mode).
#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace pb::ui::test {

/// Collects what QAbstractItemModelTester reports (category qt.modeltest) while it lives.
class ModelTestLog
{
public:
    ModelTestLog()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestLog::handle);
    }
    ~ModelTestLog() { qInstallMessageHandler(m_previous); }
    static const QStringList &messages() { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if ((type == QtWarningMsg || type == QtCriticalMsg) && context.category &&
            QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest")))
            s_messages << message;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace pb::ui::test
