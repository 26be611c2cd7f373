// A plugin workload costs what a built-in one does: the built-in `fine` and the same spec built
// as a plugin (examples/plugins/fine, workload fine-plugin), measured in ONE process with every
// strategy, alternating A B B A so that drift (frequency, other load) hits both alike. Prints
// the median time per item of each and their ratio. Not a test: run it on an idle machine.
//   parabench-pluginbench [--plugin <fine-plugin.so>] [--size N] [--rounds R] [--workers W]
#include "../examples/plugins/fine/fineplugin.h"
#include "core/run/autochunk.h"
#include "core/run/plugins.h"
#include "core/run/registry.h"
#include "core/run/workerpool.h"
#include "core/stats/statistics.h"
#include "core/sys/sysinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

void print(const QString &s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

struct Options
{
    QString plugin = QStringLiteral(PARABENCH_FINE_PLUGIN_PATH);
    qint64 size = 4'000'000;
    int rounds = 12;
    int workers = std::max(1, QThread::idealThreadCount());
};

Options parse(const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption plugin(QStringLiteral("plugin"), QStringLiteral("fine-plugin.so"),
                                    QStringLiteral("path"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("items"),
                                  QStringLiteral("n"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("timed runs per variant and strategy"),
                                    QStringLiteral("r"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("threads"),
                                     QStringLiteral("w"));
    p.addOptions({plugin, size, rounds, workers});
    p.process(args);
    Options o;
    if (p.isSet(plugin))
        o.plugin = p.value(plugin);
    if (p.isSet(size))
        o.size = std::max<qint64>(1000, p.value(size).toLongLong());
    if (p.isSet(rounds))
        o.rounds = std::max(2, p.value(rounds).toInt());
    if (p.isSet(workers))
        o.workers = std::max(1, p.value(workers).toInt());
    return o;
}

std::unique_ptr<pb::WorkloadData> prepare(const QString &id, qint64 n)
{
    QString error;
    auto data = pb::findWorkload(id)->prepare(n, {}, &error);
    if (!data)
        print(QStringLiteral("cannot prepare %1: %2").arg(id, error));
    return data;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parse(QCoreApplication::arguments());
    QString error, warning;
    if (!pb::loadWorkloadPlugin(o.plugin, &error, &warning)) {
        print(QStringLiteral("parabench-pluginbench: %1").arg(error));
        return 2;
    }
    const pb::SystemInfo sys = pb::collectSystemInfo();
    print(QStringLiteral("parabench-pluginbench: %1, %2 logical cores, %3 %4 build, load %5")
              .arg(sys.cpuModel)
              .arg(sys.logicalCores)
              .arg(sys.compiler, sys.buildType)
              .arg(sys.loadAverage1, 0, 'f', 2));
    if (!warning.isEmpty())
        print(QStringLiteral("! %1").arg(warning));
    print(QStringLiteral("fine (built-in) vs fine-plugin (%1), %2 items, %3 workers, %4 timed runs "
                         "each, A B B A; ns per item, median [min]")
              .arg(o.plugin)
              .arg(o.size)
              .arg(o.workers)
              .arg(o.rounds));
    std::unique_ptr<pb::WorkloadData> data[2] = {prepare(QStringLiteral("fine"), o.size),
                                                 prepare(QStringLiteral("fine-plugin"), o.size)};
    if (!data[0] || !data[1])
        return 1;

    // Same kernel, same input: the serial outputs must agree bit for bit.
    data[0]->computeRange(0, o.size);
    data[1]->computeRange(0, o.size);
    const auto *a = dynamic_cast<pb::FineData *>(data[0].get());
    const auto *b = dynamic_cast<pb::SpecWorkload<FinePlugin>::Data *>(data[1].get());
    const bool identical =
        a && b &&
        std::equal(a->output().begin(), a->output().end(), b->output().begin(), b->output().end());
    print(QStringLiteral("serial outputs identical: %1")
              .arg(QLatin1String(identical ? "yes" : "NO")));
    for (auto &d : data)
        d->keepAsReference();

    pb::WorkerPool pool(o.workers);
    pb::CancelToken cancel;
    print(QStringLiteral("%1 %2 %3 %4")
              .arg(QStringLiteral("strategy"), -10)
              .arg(QStringLiteral("built-in"), 20)
              .arg(QStringLiteral("plugin"), 20)
              .arg(QStringLiteral("plugin / built-in"), 18));
    double serialNsPerItem = 0;
    for (const pb::Strategy *s : pb::strategies()) {
        pb::StrategyContext ctx;
        ctx.cancel = &cancel;
        ctx.workers = s->id() == QLatin1String("serial") ? 1 : o.workers;
        ctx.pool = pool.pool();
        ctx.nsPerItem = serialNsPerItem;
        ctx.chunkSize = pb::autoChunkSize(serialNsPerItem, o.size, ctx.workers);
        QList<double> perItem[2];
        bool verified = true;
        for (int round = -1; round < o.rounds; ++round) { // round -1: warm-up
            for (int k = 0; k < 2; ++k) {
                const int v = (round & 1) ? 1 - k : k; // A B, then B A
                data[v]->resetOutput();
                qint64 ns = 0;
                s->run(*data[v], ctx, &ns);
                verified = verified && s->verify(*data[v]).ok;
                if (round >= 0)
                    perItem[v] << double(ns) / double(o.size);
            }
        }
        const double m0 = pb::stats::median(perItem[0]), m1 = pb::stats::median(perItem[1]);
        if (s->id() == QLatin1String("serial"))
            serialNsPerItem = m0;
        const auto cell = [](const QList<double> &v, double median) {
            return QStringLiteral("%1 [%2]")
                .arg(median, 0, 'f', 2)
                .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 2);
        };
        print(QStringLiteral("%1 %2 %3 %4%5")
                  .arg(s->id(), -10)
                  .arg(cell(perItem[0], m0), 20)
                  .arg(cell(perItem[1], m1), 20)
                  .arg(m1 / m0, 18, 'f', 3)
                  .arg(verified ? QString() : QStringLiteral("  (verification FAILED)")));
    }
    return identical ? 0 : 1;
}
