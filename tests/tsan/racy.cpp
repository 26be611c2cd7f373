// A deliberate data race in "our" code, for the checker's self-test (tests/tsan only).
#include <thread>

namespace pb::tsantest {

int g_counter = 0; // unsynchronised on purpose

void bump()
{
    for (int i = 0; i < 1000; ++i)
        g_counter = g_counter + 1;
}

} // namespace pb::tsantest

int main()
{
    std::thread a(pb::tsantest::bump);
    std::thread b(pb::tsantest::bump);
    a.join();
    b.join();
    return pb::tsantest::g_counter > 0 ? 0 : 1;
}
