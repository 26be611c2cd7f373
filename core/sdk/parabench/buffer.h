#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>

namespace pb {

/// The element storage of a prepared workload (input, output, reference): either a QList it
/// adopted (a bulk generator's result) or storage allocated without touching it, so a large
/// buffer is first written block by block, where generation can be canceled, instead of being
/// zeroed in one long uninterruptible pass.
template <class T> class Buffer
{
public:
    Buffer() = default;
    /// Adopts the elements of a list.
    explicit Buffer(QList<T> list) : m_list(std::move(list)), m_size(m_list.size()) {}

    /// n elements of uninitialized storage: each must be written before it is read.
    static Buffer uninitialized(qint64 n) requires(
        std::is_trivially_copyable_v<T> &&std::is_trivially_destructible_v<T>)
    {
        Buffer b;
        if (n <= 0)
            return b;
        if (quint64(n) > quint64(PTRDIFF_MAX) / sizeof(T))
            throw std::bad_array_new_length();
        b.m_raw.reset(static_cast<T *>(::operator new(size_t(n) * sizeof(T), kAlign)));
        b.m_size = n;
        return b;
    }

    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    T *data() { return m_raw ? m_raw.get() : m_list.data(); }
    const T *data() const { return m_raw ? m_raw.get() : m_list.constData(); }
    const T *constData() const { return data(); }
    T &operator[](qint64 i) { return data()[i]; }
    const T &operator[](qint64 i) const { return data()[i]; }
    T *begin() { return data(); }
    T *end() { return data() + m_size; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + m_size; }
    T &back() { return data()[m_size - 1]; }
    const T &back() const { return data()[m_size - 1]; }

    friend bool operator==(const Buffer &a, const Buffer &b)
    {
        return a.m_size == b.m_size && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    static constexpr std::align_val_t kAlign{alignof(T)};
    struct Free
    {
        void operator()(T *p) const noexcept { ::operator delete(static_cast<void *>(p), kAlign); }
    };

    QList<T> m_list;
    std::unique_ptr<T, Free> m_raw;
    qint64 m_size = 0;
};

} // namespace pb
