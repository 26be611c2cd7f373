// A deliberately faulty workload: healthy (output = item + 1) until `fault` strikes at `item`.
// Used by ParaBench's tests and to show that a crashing plugin does not take the app down.
#include <parabench/plugin.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <thread>

struct Faulty
{
    using In = qint64; // the item's index
    using Out = qint64;

    static constexpr pb::WorkloadInfo info{
        .id = "faulty",
        .name = "Deliberately faulty",
        .description =
            "For tests and demonstrations. Item i outputs i + 1, except that `fault` strikes at "
            "item `item`: segfault or abort kill the process, throw makes the kernel throw, "
            "mismatch gives another output on parallel threads only (a verification failure), "
            "wrong-count makes the input generator return one item too few. With parallel_only "
            "the fault strikes only on threads other than the one that made the input, i.e. "
            "in parallel strategies; `after` lets that many passes over the item go well first "
            "(counted per process), so a chosen later cell fails.",
        .stresses = "robustness",
        .defaultSize = 100'000,
        .reduction = "sum of outputs"};

    static QList<pb::ParamSpec> params()
    {
        return {pb::ParamSpec::choice(
                    "fault", {"none", "segfault", "abort", "throw", "mismatch", "wrong-count"},
                    "none", "what goes wrong"),
                pb::ParamSpec::integer("item", 1000, 0, qint64(1) << 40, "the item it happens at"),
                pb::ParamSpec::flag("parallel_only", false,
                                    "only on threads other than the one that made the input"),
                pb::ParamSpec::integer("after", 0, 0, 1'000'000'000,
                                       "healthy passes over the item before the fault")};
    }

    explicit Faulty(const pb::Params &p)
        : fault(p.choice("fault").toStdString()), item(p.integer("item")),
          parallelOnly(p.flag("parallel_only")), after(p.integer("after")),
          inputThread(std::this_thread::get_id())
    {
    }

    std::string fault;
    qint64 item = 0;
    bool parallelOnly = false;
    qint64 after = 0;
    std::thread::id inputThread; ///< where prepare() ran: the serial strategy's thread too

    // A bulk generator (the other kind, for inputs that cannot be made per index).
    QList<In> inputs(qint64 n, const pb::CancelToken &cancel) const
    {
        const qint64 count = fault == "wrong-count" ? n - 1 : n;
        QList<In> list;
        list.reserve(count);
        for (qint64 i = 0; i < count && !(i % 65536 == 0 && cancel.isCanceled()); ++i)
            list.append(i);
        return list;
    }

    Out operator()(const In &i) const
    {
        if (i != item || fault == "none" || fault == "wrong-count")
            return i + 1;
        const bool parallel = std::this_thread::get_id() != inputThread;
        if (fault == "mismatch")
            return parallel ? i + 2 : i + 1;
        if ((parallelOnly && !parallel) || passes().fetch_add(1) < after)
            return i + 1;
        if (fault == "throw")
            throw std::runtime_error("deliberate exception at item " + std::to_string(i));
        if (fault == "abort")
            std::abort();
        crash();
        return i + 1;
    }

    // A real invalid write, with the default action restored first so that a sanitizer's
    // handler does not turn the crash into an ordinary exit, and not instrumented by UBSan
    // (which would report the null store and exit instead of letting it happen).
    __attribute__((no_sanitize("undefined"), noinline)) static void crash()
    {
        std::signal(SIGSEGV, SIG_DFL);
        volatile int *volatile nowhere = nullptr;
        *nowhere = 1;
    }

    static std::atomic<qint64> &passes()
    {
        static std::atomic<qint64> count{0};
        return count;
    }
};

PARABENCH_REGISTER_WORKLOAD(Faulty);
