#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace pb::ui {

/// Summary of how late the GUI event loop served a periodic timer during a run.
struct StallStats
{
    int ticks = 0;
    double p99Ms = 0;   ///< 99th percentile of tick lateness
    double worstMs = 0; ///< largest tick lateness
    /// Largest lateness the GUI thread spent running (its CPU time in that interval): a stall
    /// caused by work on the GUI thread, not by the machine giving the CPU to others.
    double worstBusyMs = 0;
};

/// Measures event-loop responsiveness: a short-interval timer records how late each tick
/// arrives. A late tick means the GUI thread was blocked (the window felt frozen); the thread's
/// CPU time tells a busy GUI thread from a machine too loaded to schedule it.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    /// Stops and returns the statistics of the ticks since start().
    StallStats stop();
    bool isActive() const { return m_timer.isActive(); }
    StallStats last() const { return m_last; }

private:
    void onTick();
    StallStats summarize() const;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_lastCpuNs = 0;
    int m_intervalMs;
    QList<double> m_latenessMs;
    double m_worstBusyMs = 0;
    StallStats m_last;
};

} // namespace pb::ui
