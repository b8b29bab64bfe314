#include "CliContext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <span>

namespace medchain::cli {

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

CliContext::CliContext(GlobalOptions options) : m_options(std::move(options)) { }

Result<node::DataDir> CliContext::dataDir() const
{
    if (m_options.dataDir.isEmpty())
        return usage(tr("This command needs the data folder: give --datadir DIR."));
    return node::DataDir(m_options.dataDir);
}

Result<void> CliContext::requireNetwork(const node::DataDir &dir)
{
    if (!QFileInfo::exists(dir.genesisPath()))
        return Error {tr("%1 holds no MedChain network (there is no genesis.cbor). Create one "
                         "with init, or give the right --datadir.")
                          .arg(dir.root())};
    if (!QFileInfo::exists(dir.replicaPath()))
        return Error {tr("%1 has no replica yet (there is no replica.db).").arg(dir.root())};
    return {};
}

Result<std::unique_ptr<chain::Ledger>> CliContext::openLedger()
{
    auto dir = dataDir();
    if (!dir)
        return dir.failure();
    if (auto ok = requireNetwork(dir.value()); !ok)
        return ok.failure();
    if (auto ok = loadPassphrase(); !ok)
        return ok.failure();
    return dir->openLedger(passphrase());
}

Result<std::unique_ptr<chain::Ledger>> CliContext::openLedgerForReading()
{
    auto dir = dataDir();
    if (!dir)
        return dir.failure();
    if (auto ok = requireNetwork(dir.value()); !ok)
        return ok.failure();
    if (auto ok = loadPassphrase(); !ok)
        return ok.failure();
    return dir->openLedgerReadOnly(passphrase());
}

Result<void> CliContext::loadPassphrase(QByteArrayView fallback)
{
    if (m_passphrase)
        return {};
    if (!m_options.passphraseFile.isEmpty()) {
        auto read = readPassphraseFile(m_options.passphraseFile);
        if (!read)
            return read.failure();
        m_passphrase = std::move(read).value();
        return {};
    }
    char *environment = std::getenv("MEDCHAIN_PASSPHRASE");
    if (!environment && !fallback.isEmpty()) {
        m_passphrase = crypto::SecureBuffer::copyOf(
            {reinterpret_cast<const std::uint8_t *>(fallback.data()), size_t(fallback.size())});
        return {};
    }
    if (!environment)
        return usage(tr("This command needs the passphrase: give --passphrase-file FILE or set "
                        "MEDCHAIN_PASSPHRASE."));
    const std::size_t size = std::strlen(environment);
    const auto value = std::span(reinterpret_cast<std::uint8_t *>(environment), size);
    const crypto::SecureBuffer raw = crypto::SecureBuffer::copyOf(value);
    // The guarded copy is the only one left in this process.
    crypto::secureWipe(value);
    qunsetenv("MEDCHAIN_PASSPHRASE");
    auto line = firstLine(raw, size);
    if (!line)
        return Error {tr("MEDCHAIN_PASSPHRASE is set but empty.")};
    m_passphrase = std::move(line);
    return {};
}

Result<crypto::SecureBuffer> CliContext::readPassphraseFile(const QString &path)
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

crypto::Argon2Params CliContext::newKeyParams()
{
    if (!m_keyParams) {
        // MEDCHAIN_FAST_KDF=1 is for the test suite only: keys derived this way are cheap to
        // guess.
        m_keyParams = qEnvironmentVariable("MEDCHAIN_FAST_KDF") == QLatin1String("1")
            ? crypto::Argon2Params::fastInsecureForTests()
            : crypto::Argon2id::calibrate();
    }
    return *m_keyParams;
}

Result<QString> CliContext::required(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value.trimmed().isEmpty())
        return usage(tr("The option --%1 is required.").arg(name));
    return value;
}

int CliContext::report(const QJsonObject &json, const QStringList &text) const
{
    QTextStream out(stdout);
    if (m_options.json) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : text)
            out << line << Qt::endl;
    }
    return ExitOk;
}

int CliContext::fail(const Error &error) const
{
    const bool isUsage = error.code == kUsageCode;
    QTextStream err(stderr);
    err << error.message << Qt::endl;
    if (isUsage)
        err << tr("Run medchain-cli --help for the commands and their options.") << Qt::endl;
    if (m_options.json) {
        QJsonObject object {{QStringLiteral("ok"), false},
                            {QStringLiteral("error"), error.message}};
        if (!error.code.isEmpty())
            object.insert(QStringLiteral("code"), error.code);
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }
    return isUsage ? ExitUsage : ExitFailed;
}

void CliContext::progress(const QString &line) const
{
    if (!m_options.json)
        QTextStream(stderr) << line << Qt::endl;
}

} // namespace medchain::cli
