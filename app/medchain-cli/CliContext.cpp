#include "CliContext.h"

#include "node/PassphraseSource.h"

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
        auto read = node::PassphraseSource::readFile(m_options.passphraseFile);
        if (!read)
            return read.failure();
        m_passphrase = std::move(read).value();
        return {};
    }
    auto environment = node::PassphraseSource::takeFromEnvironment();
    if (!environment)
        return environment.failure();
    if (std::optional<crypto::SecureBuffer> &found = environment.value()) {
        m_passphrase = std::move(*found);
        return {};
    }
    if (fallback.isEmpty())
        return usage(tr("This command needs the passphrase: give --passphrase-file FILE or set "
                        "MEDCHAIN_PASSPHRASE."));
    m_passphrase = crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>(fallback.data()), size_t(fallback.size())});
    return {};
}

crypto::Argon2Params CliContext::newKeyParams()
{
    if (!m_keyParams)
        m_keyParams = crypto::Argon2id::paramsForNewKeys();
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
