#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <optional>

namespace pb::ui {

/// The serial per-item cost of a workload with given parameters (pb::probeNsPerItem), measured
/// off the GUI thread and cached. One probe runs at a time, so probes never pile up on the
/// CPUs; a newer request replaces a waiting one and makes a running one stale: its result is
/// cached but not announced. Results arrive through a QFutureWatcher owned by this object, so
/// a destroyed probe (a closed window) drops a late result instead of touching freed widgets.
class CostProbe : public QObject
{
    Q_OBJECT
public:
    explicit CostProbe(QObject *parent = nullptr);

    /// The cost for (workload, params) if measured already: ns per item, or -1 when the probe
    /// failed (unknown workload, bad parameters).
    std::optional<double> cached(const QString &workload, const QVariantMap &params) const;
    /// Measures (workload, params) in the background unless cached; the latest request wins.
    void request(const QString &workload, const QVariantMap &params);
    /// Runs every workload's one-time set-up (e.g. spin's calibration, ~30 ms) in the
    /// background before any probe, so validating a configuration on the GUI thread later
    /// (validateConfig prepares one item) finds it done.
    void warmUp();
    /// While paused (a run is measuring) no new probe starts; the latest request waits.
    void setPaused(bool paused);
    /// A probe is running or waiting.
    bool isBusy() const { return m_running.has_value() || m_pending.has_value() || m_warmPending; }

    static QString key(const QString &workload, const QVariantMap &params);

signals:
    /// The cost of the latest request is now cached.
    void measured();

private:
    struct Request
    {
        QString workload;
        QVariantMap params;
        quint64 id = 0;
        bool warmUp = false;
    };
    void startNext();
    void onFinished();

    QHash<QString, double> m_cache;
    QFutureWatcher<double> m_watcher;
    std::optional<Request> m_running;
    std::optional<Request> m_pending;
    quint64 m_latestId = 0;
    bool m_paused = false;
    bool m_warmPending = false;
};

} // namespace pb::ui
