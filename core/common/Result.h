// Result<T>: the value of an operation that can fail, or a translated message saying why.
// Errors are values in MedChain's core; user, file and network input never reaches an assert.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace medchain {

/// Why something failed, in words a user can read: already translated, no secrets in it.
/// `code` is an optional stable identifier (e.g. "nonce", "not-authorised") for programs and
/// tests that must tell failures apart without parsing translated text.
struct Error {
    QString message;
    QString code = {};
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    /// The failure message; empty when ok().
    QString error() const { return ok() ? QString() : std::get<1>(m_state).message; }
    QString errorCode() const { return ok() ? QString() : std::get<1>(m_state).code; }
    /// The whole failure, to pass on as another Result's error.
    Error failure() const { return ok() ? Error {} : std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error ? m_error->message : QString(); }
    QString errorCode() const { return m_error ? m_error->code : QString(); }
    Error failure() const { return m_error.value_or(Error {}); }

private:
    std::optional<Error> m_error;
};

} // namespace medchain
