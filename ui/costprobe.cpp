#include "ui/costprobe.h"

#include "core/run/autochunk.h"
#include "core/run/registry.h"

#include <parabench/workloaddata.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace pb::ui {

CostProbe::CostProbe(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<double>::finished, this, &CostProbe::onFinished);
}

QString CostProbe::key(const QString &workload, const QVariantMap &params)
{
    return workload + QLatin1Char('|') +
           QString::fromUtf8(
               QJsonDocument(QJsonObject::fromVariantMap(params)).toJson(QJsonDocument::Compact));
}

std::optional<double> CostProbe::cached(const QString &workload, const QVariantMap &params) const
{
    const auto it = m_cache.constFind(key(workload, params));
    return it == m_cache.cend() ? std::nullopt : std::optional<double>(it.value());
}

void CostProbe::request(const QString &workload, const QVariantMap &params)
{
    const QString k = key(workload, params);
    if (m_cache.contains(k))
        return;
    const quint64 id = ++m_latestId; // makes a running probe's result stale
    if (m_running && key(m_running->workload, m_running->params) == k) {
        m_running->id = id; // the one already measuring is what is wanted after all
        m_pending.reset();
        return;
    }
    m_pending = Request{workload, params, id};
    startNext();
}

void CostProbe::warmUp()
{
    m_warmPending = true;
    startNext();
}

void CostProbe::setPaused(bool paused)
{
    m_paused = paused;
    startNext();
}

void CostProbe::startNext()
{
    if (m_paused || m_running)
        return;
    if (m_warmPending) {
        m_warmPending = false;
        m_running = Request{{}, {}, 0, true};
        m_watcher.setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [] {
            for (const Workload *w : workloads()) {
                QString error;
                w->prepare(1, w->defaultParams(), &error);
            }
            return 0.0;
        }));
        return;
    }
    if (!m_pending)
        return;
    m_running = m_pending;
    m_pending.reset();
    // Values only: the task never sees this object, which may be gone when it ends.
    m_watcher.setFuture(
        QtConcurrent::run(QThreadPool::globalInstance(),
                          [workload = m_running->workload, params = m_running->params] {
                              QString error;
                              return probeNsPerItem(workload, params, &error);
                          }));
}

void CostProbe::onFinished()
{
    if (!m_running)
        return;
    const Request done = *m_running;
    m_running.reset();
    if (done.warmUp) {
        startNext();
        return;
    }
    m_cache.insert(key(done.workload, done.params), m_watcher.future().result());
    const bool current = done.id == m_latestId;
    startNext();
    if (current)
        emit measured();
}

} // namespace pb::ui
