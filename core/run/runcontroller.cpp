#include "core/run/runcontroller.h"

#include "core/run/validation.h"

namespace pb {

RunController::RunController(QObject *parent) : RunBackend(parent)
{
    qRegisterMetaType<pb::Progress>();
    qRegisterMetaType<pb::RunResult>();
}

RunController::~RunController()
{
    cancel();
    wait();
}

bool RunController::start(const RunConfig &config, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = QStringLiteral("a run is already in progress");
        return false;
    }
    const QString invalid = validateConfig(config);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    wait(); // a finished thread may still be unwinding
    m_cancel = std::make_shared<CancelToken>();
    // The worker thread emits our signals directly; receivers in the GUI thread get them
    // queued. The destructor joins the thread, so no signal outlives this object.
    auto cancel = m_cancel;
    m_busy.store(true);
    m_thread.reset(QThread::create([this, config, cancel] {
        Runner::Callbacks cb;
        cb.progress = [this](const Progress &p) { emit progressChanged(p); };
        cb.cellFinished = [this](const RunResult &r) { emit cellFinished(r); };
        const RunResult result = Runner::run(config, *cancel, cb);
        // Not busy from the moment finished() is sent, so its receiver may start the next run.
        m_busy.store(false);
        emit finished(result);
    }));
    m_thread->setObjectName(QStringLiteral("parabench-runner"));
    m_thread->start();
    return true;
}

void RunController::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool RunController::isRunning() const
{
    return m_busy.load();
}

void RunController::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace pb
