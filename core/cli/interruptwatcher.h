#pragma once

#include <parabench/canceltoken.h>

#include <thread>

namespace pb {

/// Turns SIGINT into a cancel of `token` (a signal handler may not take the token's mutex).
/// Installs the handler on construction; a second Ctrl-C exits the process at once.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(CancelToken &token);

private:
    std::jthread m_thread;
};

} // namespace pb
