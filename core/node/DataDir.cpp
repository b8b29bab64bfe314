#include "node/DataDir.h"

#include "storage/ReplicaKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace medchain::node {

namespace {
const auto kOps = QStringLiteral("opsLimit");
const auto kMem = QStringLiteral("memLimitBytes");
const auto kAlgorithm = QStringLiteral("algorithm");

Result<QByteArray> readFile(const QString &path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {DataDir::tr("Cannot read %1: %2").arg(path, file.errorString()),
                      QStringLiteral("io")};
    if (file.size() > maxSize)
        return Error {DataDir::tr("%1 is too large.").arg(path), QStringLiteral("damaged")};
    return file.readAll();
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {DataDir::tr("Cannot write %1: %2").arg(path, file.errorString()),
                      QStringLiteral("io")};
    return {};
}
} // namespace

DataDir::DataDir(QString root) : m_root(std::move(root)) { }

QString DataDir::path(const QString &name) const
{
    return QDir(m_root).filePath(name);
}

QString DataDir::genesisPath() const
{
    return path(QStringLiteral("genesis.cbor"));
}

QString DataDir::replicaPath() const
{
    return path(QStringLiteral("replica.db"));
}

QString DataDir::configPath() const
{
    return path(QStringLiteral("node.json"));
}

Result<chain::Genesis> DataDir::readGenesis() const
{
    auto bytes = readFile(genesisPath(), 1024 * 1024);
    if (!bytes)
        return bytes.failure();
    return chain::Genesis::decode(bytes.value());
}

Result<void> DataDir::writeGenesis(const chain::Genesis &genesis) const
{
    if (!QDir().mkpath(m_root))
        return Error {tr("Cannot create the folder %1.").arg(m_root), QStringLiteral("io")};
    return writeFile(genesisPath(), genesis.encode());
}

Result<QJsonObject> DataDir::readConfig() const
{
    if (!QFileInfo::exists(configPath()))
        return QJsonObject();
    auto bytes = readFile(configPath(), 1024 * 1024);
    if (!bytes)
        return bytes.failure();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error {tr("%1 is not a JSON object: %2").arg(configPath(), error.errorString()),
                      QStringLiteral("damaged")};
    return document.object();
}

Result<void> DataDir::writeConfig(const QJsonObject &config) const
{
    return writeFile(configPath(), QJsonDocument(config).toJson(QJsonDocument::Indented));
}

Result<crypto::SecureBuffer>
DataDir::replicaKey(const crypto::SecureBuffer &passphrase,
                    std::optional<crypto::Argon2Params> newParams) const
{
    const QString keyPath = storage::ReplicaKeyFile::pathFor(replicaPath());
    if (QFileInfo::exists(keyPath)) {
        auto keyFile = storage::ReplicaKeyFile::load(keyPath);
        if (!keyFile)
            return keyFile.failure();
        const QJsonObject kdf = keyFile->kdfParameters();
        if (kdf.value(kAlgorithm).toString() != QLatin1String("argon2id"))
            return Error {tr("The replica's key file names an unknown key derivation."),
                          QStringLiteral("damaged")};
        const crypto::Argon2Params params {quint64(kdf.value(kOps).toInteger()),
                                           quint64(kdf.value(kMem).toInteger())};
        auto key = crypto::Argon2id::deriveKey(passphrase, keyFile->salt(), params);
        if (!key)
            return key.failure();
        if (auto ok = keyFile->checkKey(key.value()); !ok)
            return Error {ok.error(), QStringLiteral("wrong-passphrase")};
        return key;
    }
    if (QFileInfo::exists(replicaPath()))
        return Error {tr("The replica %1 has lost its key file %2; it cannot be opened.")
                          .arg(replicaPath(), keyPath),
                      QStringLiteral("damaged")};
    const crypto::Argon2Params params = newParams.value_or(crypto::Argon2id::calibrate());
    const QByteArray salt = storage::ReplicaKeyFile::generateSalt();
    auto key = crypto::Argon2id::deriveKey(passphrase, salt, params);
    if (!key)
        return key.failure();
    const QJsonObject kdf {{kAlgorithm, QStringLiteral("argon2id")},
                           {kOps, qint64(params.opsLimit)},
                           {kMem, qint64(params.memLimitBytes)}};
    auto keyFile = storage::ReplicaKeyFile::create(salt, kdf, key.value());
    if (!keyFile)
        return keyFile.failure();
    if (!QDir().mkpath(m_root))
        return Error {tr("Cannot create the folder %1.").arg(m_root), QStringLiteral("io")};
    if (auto ok = keyFile->save(keyPath); !ok)
        return ok.failure();
    return key;
}

Result<std::unique_ptr<chain::Ledger>>
DataDir::openLedgerReadOnly(const crypto::SecureBuffer &passphrase) const
{
    auto genesis = readGenesis();
    if (!genesis)
        return genesis.failure();
    if (!QFileInfo::exists(replicaPath()))
        return Error {tr("There is no replica at %1.").arg(replicaPath()), QStringLiteral("io")};
    auto key = replicaKey(passphrase);
    if (!key)
        return key.failure();
    return chain::Ledger::openReadOnly(replicaPath(), key.value(), genesis.value());
}

Result<std::unique_ptr<chain::Ledger>>
DataDir::openLedger(const crypto::SecureBuffer &passphrase,
                    std::optional<crypto::Argon2Params> newParams) const
{
    auto genesis = readGenesis();
    if (!genesis)
        return genesis.failure();
    auto key = replicaKey(passphrase, newParams);
    if (!key)
        return key.failure();
    return chain::Ledger::open(replicaPath(), key.value(), genesis.value());
}

Result<std::unique_ptr<QLockFile>> DataDir::lockForWriting() const
{
    auto lock = std::make_unique<QLockFile>(path(QStringLiteral("writer.lock")));
    // Only a dead owner makes the lock stale: a node may rightly hold it for months.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application))
        return Error {tr("%1 is in use by %2 (process %3): a running node or an admin command is "
                         "writing the replica. Stop it, or send the transaction through that "
                         "node.")
                          .arg(m_root, application)
                          .arg(pid),
                      QStringLiteral("in-use")};
    return Error {tr("Cannot lock %1 for writing (%2).").arg(m_root, lock->fileName())};
}

} // namespace medchain::node
