#include "core/cli/interruptwatcher.h"

#include <chrono>
#include <csignal>
#include <unistd.h>

namespace pb {

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

} // namespace

InterruptWatcher::InterruptWatcher(CancelToken &token)
    : m_thread([&token](std::stop_token stop) {
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

} // namespace pb
