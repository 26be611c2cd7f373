#include "core/run/processruncontroller.h"

#include "core/run/childcommand.h"
#include "core/run/plugins.h"
#include "core/run/registry.h"
#include "core/run/streamprotocol.h"
#include "core/run/validation.h"
#include "core/sys/sysinfo.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstring>

namespace pb {

namespace {

constexpr qsizetype kErrorTailBytes = 16 * 1024;

/// "11 (SIGSEGV)"
QString signalText(int signal)
{
    const char *abbrev = sigabbrev_np(signal);
    return abbrev ? QStringLiteral("%1 (SIG%2)").arg(signal).arg(QString::fromLatin1(abbrev))
                  : QString::number(signal);
}

/// The last non-empty line of the child's standard error, without the program's prefix.
QString lastErrorLine(const QByteArray &tail)
{
    const QList<QByteArray> lines = tail.trimmed().split('\n');
    QString last = lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast()).trimmed();
    const QString prefix = QStringLiteral("parabench-cli: ");
    return last.startsWith(prefix) ? last.mid(prefix.size()) : last;
}

} // namespace

ProcessRunController::ProcessRunController(QObject *parent)
    : RunBackend(parent), m_killTimer(new QTimer(this))
{
    qRegisterMetaType<pb::Progress>();
    qRegisterMetaType<pb::RunResult>();
    if (QCoreApplication::instance())
        m_program = QCoreApplication::applicationDirPath() + QStringLiteral("/parabench-cli");
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_killed = true;
            m_process->kill();
        }
    });
}

ProcessRunController::~ProcessRunController()
{
    if (m_running) {
        cancel();
        wait();
    }
}

bool ProcessRunController::start(const RunConfig &config, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("a run is already in progress");
        return false;
    }
    if (const QString invalid = validateConfig(config); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    QStringList plugins;
    if (const auto plugin = workloadPlugin(config.workload))
        plugins << plugin->file;
    m_config = config;
    m_arguments = childArguments(config, plugins);
    m_pending.clear();
    m_errorTail.clear();
    m_partial.reset();
    m_final.reset();
    m_lastProgress.reset();
    m_canceled = m_killed = false;
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ProcessRunController::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errorTail += m_process->readAllStandardError();
        if (m_errorTail.size() > kErrorTailBytes)
            m_errorTail = m_errorTail.right(kErrorTailBytes);
    });
    connect(m_process, &QProcess::finished, this, &ProcessRunController::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ProcessRunController::onError);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        return false;
    }
    m_running = true;
    return true;
}

void ProcessRunController::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    m_cancelClock.start();
    // The CLI cancels on SIGTERM (like SIGINT): it stops at the next block or repetition and
    // still writes its final message; SIGKILL follows after the grace period.
    ::kill(pid_t(m_process->processId()), SIGTERM);
    m_killTimer->start(m_killGraceMs);
}

void ProcessRunController::wait()
{
    while (m_running && m_process) {
        if (m_process->waitForFinished(100))
            break;
        if (m_process->state() == QProcess::NotRunning) // finished() queued, not yet handled
            break;
        if (m_canceled && m_cancelClock.elapsed() > m_killGraceMs) {
            m_killed = true;
            m_process->kill();
        }
    }
    // waitForFinished() sends finished() itself; a process that ended while no event loop ran
    // is handled here.
    if (m_running && m_process && m_process->state() == QProcess::NotRunning)
        onFinished(m_process->exitCode(), m_process->exitStatus());
}

void ProcessRunController::readOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        handleLine(line);
    }
}

void ProcessRunController::handleLine(const QByteArray &line)
{
    QString error;
    const std::optional<StreamMessage> m = parseStreamLine(line, &error);
    if (!m)
        return; // not a protocol message: e.g. a plugin printing to standard output
    switch (m->kind) {
    case StreamMessage::Kind::Progress:
        m_lastProgress = m->progress;
        if (!m_canceled)
            emit progressChanged(m->progress);
        break;
    case StreamMessage::Kind::Cell:
        m_partial = m->result;
        m_partial->config = m_config;
        emit cellFinished(*m_partial);
        break;
    case StreamMessage::Kind::Result:
        m_final = m->result;
        m_final->config = m_config; // what was asked (the child's is the same, normalized)
        break;
    }
}

void ProcessRunController::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && m_running) {
        RunResult r = partialOrEmpty();
        r.status = RunStatus::Failed;
        r.error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        finish(r);
    }
}

void ProcessRunController::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_running)
        return;
    readOutput();
    if (!m_pending.isEmpty()) {
        handleLine(m_pending);
        m_pending.clear();
    }
    m_errorTail += m_process->readAllStandardError();
    finish(m_final ? *m_final : resultWithoutFinalMessage(exitCode, status));
}

void ProcessRunController::finish(RunResult result)
{
    m_killTimer->stop();
    m_running = false;
    emit finished(result);
}

RunResult ProcessRunController::partialOrEmpty() const
{
    if (m_partial)
        return *m_partial;
    RunResult r;
    r.config = m_config;
    r.system = collectSystemInfo();
    r.plugin = workloadPlugin(m_config.workload);
    if (const Workload *w = findWorkload(m_config.workload))
        r.workloadName = w->displayName();
    return r;
}

QString ProcessRunController::where() const
{
    if (!m_lastProgress)
        return QStringLiteral("while generating the input");
    return QStringLiteral("in cell %1 × %2 worker%3")
        .arg(m_lastProgress->strategy)
        .arg(m_lastProgress->workers)
        .arg(m_lastProgress->workers == 1 ? QString() : QStringLiteral("s"));
}

RunResult ProcessRunController::resultWithoutFinalMessage(int exitCode,
                                                          QProcess::ExitStatus status) const
{
    RunResult r = partialOrEmpty();
    if (m_canceled && (m_killed || status == QProcess::CrashExit)) {
        r.status = RunStatus::Canceled; // stopped by us: the cells measured so far stay
        return r;
    }
    r.status = RunStatus::Failed;
    if (status == QProcess::CrashExit) {
        r.error = QStringLiteral("the workload crashed with signal %1 %2")
                      .arg(signalText(exitCode), where());
        if (m_lastProgress) {
            CellResult cell;
            cell.strategy = m_lastProgress->strategy;
            cell.workers = m_lastProgress->workers;
            cell.size = m_lastProgress->size > 0 ? m_lastProgress->size : m_config.size;
            cell.errorKind = CellErrorKind::Crashed;
            cell.error = r.error;
            // Interleaved order: the last snapshot may hold the cell's earlier repetitions
            // (unambiguous unless a granularity sweep has several chunk sizes of it).
            CellResult *same = nullptr;
            int matches = 0;
            for (CellResult &c : r.cells)
                if (c.strategy == cell.strategy && c.workers == cell.workers &&
                    c.size == cell.size && ++matches == 1)
                    same = &c;
            if (matches == 1) {
                same->errorKind = cell.errorKind;
                same->error = cell.error;
                same->verified = false;
            } else {
                r.cells.append(cell);
            }
        }
        return r;
    }
    const QString said = lastErrorLine(m_errorTail);
    r.error = QStringLiteral("parabench-cli ended with exit code %1 without a result%2")
                  .arg(exitCode)
                  .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    return r;
}

} // namespace pb
