// parabench-cli: the headless front end of the ParaBench engine.
#include "core/cli/clioptions.h"
#include "core/io/resultio.h"
#include "core/model/units.h"
#include "core/run/machinecheck.h"
#include "core/run/registry.h"
#include "core/run/runner.h"
#include "core/run/validation.h"
#include "core/sys/sysinfo.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onSigint(int)
{
    // The second Ctrl-C leaves at once: some phases (generating a huge input, a long item)
    // do not look at the cancel flag.
    if (g_interrupted)
        _exit(130);
    g_interrupted = 1;
}

void err(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printList()
{
    QByteArray text = "Workloads (--workload):\n";
    for (const pb::Workload *w : pb::workloads())
        text += QStringLiteral("  %1  %2 [%3], default size %4\n      %5\n")
                    .arg(w->id(), -11)
                    .arg(w->displayName(), w->stresses())
                    .arg(w->defaultSize())
                    .arg(w->description())
                    .toUtf8();
    text += "\nStrategies (--strategy):\n";
    for (const pb::Strategy *s : pb::strategies())
        text += QStringLiteral("  %1  %2\n      %3\n")
                    .arg(s->id(), -11)
                    .arg(s->displayName(), s->description())
                    .toUtf8();
    out(text);
}

void printProgress(const pb::Progress &p)
{
    const QString eta =
        p.etaSec >= 0 ? QStringLiteral(", ETA %1 s").arg(p.etaSec, 0, 'f', 0) : QString();
    const QString rep =
        p.warmingUp ? QStringLiteral("warm-up") : QStringLiteral("rep %1").arg(p.repetition + 1);
    std::fprintf(stderr, "\r\033[K[%3.0f%%] cell %d/%d: %s, %d worker(s), %s%s", p.fraction * 100,
                 p.cellIndex + 1, p.cellCount, qPrintable(p.strategy), p.workers, qPrintable(rep),
                 qPrintable(eta));
    std::fflush(stderr);
}

/// Turns SIGINT into a cancel of `token` (a signal handler may not take the token's mutex).
class InterruptWatcher
{
public:
    explicit InterruptWatcher(pb::CancelToken &token)
        : m_thread([this, &token](std::stop_token stop) {
              while (!stop.stop_requested()) {
                  if (g_interrupted) {
                      token.cancel();
                      return;
                  }
                  std::this_thread::sleep_for(std::chrono::milliseconds(20));
              }
          })
    {
        std::signal(SIGINT, onSigint);
    }

private:
    std::jthread m_thread;
};

int exitCodeFor(const pb::RunResult &r)
{
    if (r.status == pb::RunStatus::Canceled)
        return pb::ExitCanceled;
    if (r.status == pb::RunStatus::Failed)
        return pb::ExitRunFailed;
    bool otherError = false;
    for (const pb::CellResult &c : r.cells) {
        if (pb::isVerificationFailure(c))
            return pb::ExitVerifyFailed;
        otherError = otherError || !c.error.isEmpty();
    }
    return otherError ? pb::ExitRunFailed : pb::ExitOk;
}

int runExperiment(const pb::CliOptions &opts)
{
    pb::CancelToken cancel;
    InterruptWatcher watcher(cancel);
    const bool showProgress = !opts.quiet && isatty(STDERR_FILENO);
    pb::Runner::Callbacks cb;
    if (showProgress)
        cb.progress = printProgress;
    const pb::RunResult result = pb::Runner::run(opts.config, cancel, cb);
    if (showProgress)
        std::fprintf(stderr, "\r\033[K");
    if (result.status == pb::RunStatus::Failed && result.cells.isEmpty()) {
        err(QStringLiteral("parabench-cli: %1").arg(result.error));
        return pb::ExitRunFailed;
    }
    out(pb::writerFor(opts.stdoutFormat)->write(result));
    if (result.status == pb::RunStatus::Canceled) {
        err(QStringLiteral("parabench-cli: interrupted; no files written"));
        return pb::ExitCanceled;
    }
    for (const auto &[format, path] : opts.outputs) {
        QString error;
        if (!pb::writeResultFile(result, path, format, &error)) {
            err(QStringLiteral("parabench-cli: %1").arg(error));
            return pb::ExitOutputFailed;
        }
    }
    if (result.status == pb::RunStatus::Failed)
        err(QStringLiteral("parabench-cli: %1").arg(result.error));
    return exitCodeFor(result);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parabench-cli"));
    QCoreApplication::setApplicationVersion(pb::parabenchVersion());
    QString error, help;
    bool version = false;
    const auto opts = pb::parseCli(QCoreApplication::arguments(), &error, &help, &version);
    if (!help.isEmpty()) {
        out(help.toUtf8());
        return pb::ExitOk;
    }
    if (version) {
        out(QStringLiteral("parabench-cli %1\n").arg(pb::parabenchVersion()).toUtf8());
        return pb::ExitOk;
    }
    if (!opts) {
        err(QStringLiteral("parabench-cli: %1").arg(error));
        return pb::ExitUsage;
    }
    if (opts->list) {
        printList();
        return pb::ExitOk;
    }
    if (opts->checkMachine) {
        pb::CancelToken cancel;
        InterruptWatcher watcher(cancel);
        const pb::MachineCheck check =
            pb::runMachineCheck(cancel, opts->quiet ? std::function<void(const QString &)>() : err);
        if (!check.completed) {
            err(QStringLiteral("parabench-cli: %1").arg(pb::formatMachineCheck(check).trimmed()));
            return check.error.isEmpty() ? pb::ExitCanceled : pb::ExitRunFailed;
        }
        out(pb::formatMachineCheck(check).toUtf8());
        return pb::ExitOk;
    }
    if (const QString invalid = pb::validateConfig(opts->config); !invalid.isEmpty()) {
        err(QStringLiteral("parabench-cli: %1").arg(invalid));
        return pb::ExitUsage;
    }
    return runExperiment(*opts);
}
