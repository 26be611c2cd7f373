// A shared library with no Qt plugin metadata.
extern "C" int parabench_test_not_a_plugin()
{
    return 42;
}
