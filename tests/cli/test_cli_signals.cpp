// SIGTERM and SIGHUP stop a run like Ctrl-C: the measured part is reported, no file is written
// or replaced, the exit code is 128 + the signal number.
#include "clirun.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <csignal>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using pb::test::dirEntries;
using pb::test::fileBytes;
using pb::test::writeBytes;

namespace {

struct Interrupted
{
    int exitCode = -1;
    bool crashed = false;
    double latencyMs = -1; ///< from the signal to the process's end
    QString out, err;
};

/// Starts a long run, sends `signal` after `afterMs`, waits for the end.
Interrupted interrupt(const QStringList &args, int signal, int afterMs)
{
    QProcess p;
    p.start(QStringLiteral(PARABENCH_CLI_PATH), args);
    Interrupted r;
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "parabench-cli did not start";
        return r;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
    QElapsedTimer t;
    t.start();
    ::kill(pid_t(p.processId()), signal);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        ADD_FAILURE() << "parabench-cli did not stop after signal " << signal;
        return r;
    }
    r.latencyMs = t.nsecsElapsed() / 1e6;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(CliSignals, TermHupAndIntStopCleanlyAndWriteNothing)
{
    const struct
    {
        int signal;
        int exitCode;
        const char *name;
    } cases[] = {{SIGTERM, 143, "SIGTERM"}, {SIGHUP, 129, "SIGHUP"}, {SIGINT, 130, "SIGINT"}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        QTemporaryDir dir;
        const QString json = dir.filePath(u"old.json"_s), csv = dir.filePath(u"new.csv"_s);
        writeBytes(json, "{\"an earlier result\": true}\n");
        // Each item spins 50 µs: the serial cell alone takes a second per repetition.
        const Interrupted r = interrupt({u"-w"_s, u"spin"_s, u"-p"_s, u"us_per_item=50"_s, u"-n"_s,
                                         u"20000"_s, u"-j"_s, u"1,2"_s, u"-r"_s, u"5"_s, u"-q"_s,
                                         u"--json"_s, json, u"--csv"_s, csv},
                                        c.signal, 700);
        EXPECT_FALSE(r.crashed) << "killed by the signal instead of handling it";
        EXPECT_EQ(r.exitCode, c.exitCode) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"interrupted by "_s + QLatin1String(c.name)))
            << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"no files written"_s)) << qPrintable(r.err);
        EXPECT_TRUE(r.out.contains(u"ParaBench: "_s)) << "no report: " << qPrintable(r.out);
        EXPECT_EQ(fileBytes(json), QByteArray("{\"an earlier result\": true}\n"));
        EXPECT_EQ(dirEntries(dir.path()), QStringList{u"old.json"_s});
        EXPECT_LT(r.latencyMs, 2000.0);
        std::printf("[ latency  ] %s: %.0f ms from signal to exit\n", c.name, r.latencyMs);
    }
}

TEST(CliSignals, GeneratingALargeInputStopsWithinASecondOrTwo)
{
    // 100M stream items take seconds to generate; a signal must stop that within a fraction of
    // a second. The bound is generous for a loaded 2-core machine; the latency is printed.
    for (int signal : {SIGINT, SIGTERM}) {
        const Interrupted r = interrupt({u"-w"_s, u"stream"_s, u"-n"_s, u"100M"_s, u"-s"_s,
                                         u"serial"_s, u"-j"_s, u"1"_s, u"-r"_s, u"1"_s, u"-q"_s},
                                        signal, 300);
        std::printf("[ latency  ] signal %d while generating 100M items: %.0f ms to exit\n", signal,
                    r.latencyMs);
        EXPECT_FALSE(r.crashed);
        EXPECT_EQ(r.exitCode, 128 + signal) << qPrintable(r.err);
        EXPECT_LT(r.latencyMs, 2000.0);
    }
}
