#include "node/PassphraseSource.h"

#include "crypto/Argon2id.h"

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <span>

namespace medchain::node {

namespace {

// Longer than any passphrase a person types; a file without a line ending this early is not
// a passphrase file.
constexpr qint64 kMaxPassphraseBytes = 4096;

// The first line of raw (without "\n" or "\r\n") as NFC UTF-8, like the GUI's passphrase field;
// nothing when that line is empty.
std::optional<crypto::SecureBuffer> firstLine(const crypto::SecureBuffer &raw, std::size_t size)
{
    const auto bytes = raw.bytes().first(size);
    const auto newline = std::find(bytes.begin(), bytes.end(), std::uint8_t('\n'));
    std::size_t length = std::size_t(newline - bytes.begin());
    if (length > 0 && bytes[length - 1] == '\r')
        --length;
    if (length == 0)
        return std::nullopt;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(raw.data()), qsizetype(length));
    crypto::SecureBuffer utf8 = crypto::Argon2id::passphraseToUtf8(text);
    crypto::secureWipe(std::span(reinterpret_cast<std::uint8_t *>(text.data()),
                                 std::size_t(text.size()) * sizeof(QChar)));
    return utf8;
}

} // namespace

Result<crypto::SecureBuffer> PassphraseSource::readFile(const QString &path)
{
    QFile file;
    bool opened = false;
    // Unbuffered, so no copy of the passphrase stays behind in QIODevice's buffer.
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    if (!opened)
        return Error {tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString())};
    crypto::SecureBuffer raw {std::size_t(kMaxPassphraseBytes)};
    qint64 size = 0;
    while (size < kMaxPassphraseBytes) {
        const qint64 got
            = file.read(reinterpret_cast<char *>(raw.data()) + size, kMaxPassphraseBytes - size);
        if (got < 0)
            return Error {
                tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString())};
        if (got == 0)
            break;
        size += got;
        if (std::find(raw.data(), raw.data() + size, std::uint8_t('\n')) != raw.data() + size)
            break;
    }
    const auto end = raw.data() + size;
    if (size == kMaxPassphraseBytes && std::find(raw.data(), end, std::uint8_t('\n')) == end)
        return Error {
            tr("The passphrase file %1 does not start with a passphrase line.").arg(path)};
    auto line = firstLine(raw, std::size_t(size));
    if (!line)
        return Error {tr("The passphrase file %1 is empty.").arg(path)};
    return std::move(*line);
}

Result<std::optional<crypto::SecureBuffer>> PassphraseSource::takeFromEnvironment()
{
    char *environment = std::getenv(EnvironmentVariable);
    if (!environment)
        return std::optional<crypto::SecureBuffer>();
    const std::size_t size = std::strlen(environment);
    const auto value = std::span(reinterpret_cast<std::uint8_t *>(environment), size);
    const crypto::SecureBuffer raw = crypto::SecureBuffer::copyOf(value);
    crypto::secureWipe(value);
    qunsetenv(EnvironmentVariable);
    auto line = firstLine(raw, size);
    if (!line)
        return Error {tr("MEDCHAIN_PASSPHRASE is set but empty.")};
    return std::optional<crypto::SecureBuffer>(std::move(line));
}

} // namespace medchain::node
