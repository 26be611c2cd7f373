// A small Google Benchmark program: thread sweeps written the two ways GB users write them,
// with and without counters, and a benchmark that fails. The tests run it to get real output.
#include <benchmark/benchmark.h>

#include <cstdint>

namespace {

std::int64_t countPrimes(std::int64_t from, std::int64_t to)
{
    std::int64_t count = 0;
    for (std::int64_t n = from; n < to; ++n) {
        bool prime = n >= 2;
        for (std::int64_t d = 2; prime && d * d <= n; ++d)
            prime = n % d != 0;
        count += prime ? 1 : 0;
    }
    return count;
}

// A fixed total split across the threads: each thread does total / threads.
void BM_SplitTotal(benchmark::State &state)
{
    const std::int64_t share = state.range(0) / state.threads();
    const std::int64_t from = share * state.thread_index();
    for (auto _ : state)
        benchmark::DoNotOptimize(countPrimes(from, from + share));
}
BENCHMARK(BM_SplitTotal)->Arg(20000)->ThreadRange(1, 4)->UseRealTime();

// The same with items_per_second (GB sums the threads' items).
void BM_SplitCounted(benchmark::State &state)
{
    const std::int64_t share = state.range(0) / state.threads();
    const std::int64_t from = share * state.thread_index();
    for (auto _ : state)
        benchmark::DoNotOptimize(countPrimes(from, from + share));
    state.SetItemsProcessed(state.iterations() * share);
}
BENCHMARK(BM_SplitCounted)->Arg(20000)->ThreadRange(1, 4)->UseRealTime();

// Each thread does the whole work (weak scaling), no counter.
void BM_PerThread(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(countPrimes(0, state.range(0)));
}
BENCHMARK(BM_PerThread)->Arg(5000)->ThreadRange(1, 2)->UseRealTime();

void BM_Fails(benchmark::State &state)
{
    for (auto _ : state) {
        state.SkipWithError("simulated failure");
        break;
    }
}
BENCHMARK(BM_Fails);

} // namespace

BENCHMARK_MAIN();
