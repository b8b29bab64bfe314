#include "crypto/SecureBuffer.h"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

namespace medchain::crypto {

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::copyOf(std::span<const std::uint8_t> bytes)
{
    SecureBuffer buffer(bytes.size());
    std::copy(bytes.begin(), bytes.end(), buffer.m_data);
    return buffer;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::release() noexcept
{
    // sodium_free wipes the pages before unmapping them.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

void secureWipe(std::span<std::uint8_t> bytes) noexcept
{
    if (!bytes.empty())
        sodium_memzero(bytes.data(), bytes.size());
}

} // namespace medchain::crypto
