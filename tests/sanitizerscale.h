#pragma once

// How much slower a sanitizer build runs, for tests with time bounds: the bound stays tight in
// a release build and does not turn into a flake under instrumentation.

namespace pb::test {

constexpr int kSanitizerTimeScale =
#if defined(__SANITIZE_THREAD__)
    10; // ThreadSanitizer: every access instrumented and shadowed, 5-15x
#elif defined(__SANITIZE_ADDRESS__)
    3;
#else
    1;
#endif

} // namespace pb::test
