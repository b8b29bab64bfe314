// SecureBuffer: guarded memory for secrets (libsodium sodium_malloc: guard pages, mlock,
// canary), wiped on release. Private keys and derived keys live here and nowhere else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace medchain::crypto {

class SecureBuffer {
public:
    SecureBuffer() = default;
    /// Allocates size zeroed bytes of guarded memory; throws std::bad_alloc when none is left.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    /// A guarded copy of bytes that came from elsewhere (the caller wipes the source).
    static SecureBuffer copyOf(std::span<const std::uint8_t> bytes);

    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::span<std::uint8_t> bytes() { return {m_data, m_size}; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }

    /// Constant-time comparison: same size and same bytes.
    bool equals(const SecureBuffer &other) const;

private:
    void release() noexcept;

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

/// Overwrites memory in a way the compiler may not optimise away.
void secureWipe(std::span<std::uint8_t> bytes) noexcept;

} // namespace medchain::crypto
