#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>

namespace pb {

/// Thread-safe cancel flag. Range loops poll isCanceled(); a blocking QtConcurrent wait
/// registers a hook (QFuture::cancel) so that cancel() interrupts it at the next block.
class CancelToken
{
public:
    void cancel()
    {
        m_canceled.store(true, std::memory_order_relaxed);
        std::lock_guard lock(m_mutex);
        if (m_hook)
            m_hook();
    }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    void reset() { m_canceled.store(false, std::memory_order_relaxed); }

    /// Installs fn while the returned guard lives. Runs fn at once when already canceled.
    class HookGuard
    {
    public:
        explicit HookGuard(CancelToken &t) : m_token(t) {}
        ~HookGuard()
        {
            std::lock_guard lock(m_token.m_mutex);
            m_token.m_hook = nullptr;
        }
        HookGuard(const HookGuard &) = delete;
        HookGuard &operator=(const HookGuard &) = delete;

    private:
        CancelToken &m_token;
    };
    [[nodiscard]] HookGuard onCancel(std::function<void()> fn)
    {
        std::lock_guard lock(m_mutex);
        m_hook = std::move(fn);
        if (isCanceled())
            m_hook();
        return HookGuard(*this);
    }

private:
    std::atomic_bool m_canceled{false};
    std::mutex m_mutex;
    std::function<void()> m_hook;
};

} // namespace pb
