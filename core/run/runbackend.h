#pragma once

#include "core/model/result.h"
#include "core/run/runner.h"

#include <QObject>

namespace pb {

/// Something that runs an experiment without blocking its caller and reports by signals: the
/// runner on a worker thread of this process (RunController) or parabench-cli in a child
/// process (ProcessRunController), which a crashing workload cannot take down with it.
class RunBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Validates and starts. Returns false with *error when invalid or already running.
    virtual bool start(const RunConfig &config, QString *error) = 0;
    /// Requests cancel; finished() follows with status Canceled and the cells measured so far.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    /// Blocks until the run ended (tests, shutdown).
    virtual void wait() = 0;

signals:
    void progressChanged(const pb::Progress &progress);
    /// Snapshot with statistics for every cell measured so far.
    void cellFinished(const pb::RunResult &partial);
    void finished(const pb::RunResult &result);
};

} // namespace pb

Q_DECLARE_METATYPE(pb::Progress)
Q_DECLARE_METATYPE(pb::RunResult)
