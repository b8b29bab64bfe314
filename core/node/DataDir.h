// A node's data folder: genesis.cbor, the encrypted replica (replica.db with its key file) and
// node.json. Opening the replica derives its key from the passphrase with Argon2id.
#pragma once

#include "chain/Genesis.h"
#include "chain/Ledger.h"
#include "common/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace medchain::node {

class DataDir {
    Q_DECLARE_TR_FUNCTIONS(DataDir)
public:
    explicit DataDir(QString root);

    QString root() const { return m_root; }
    QString genesisPath() const;
    QString replicaPath() const;
    QString configPath() const;
    QString path(const QString &name) const;

    Result<chain::Genesis> readGenesis() const;
    Result<void> writeGenesis(const chain::Genesis &genesis) const;
    /// node.json: free-form settings (listen address, peers, keystore names). Empty if absent.
    Result<QJsonObject> readConfig() const;
    Result<void> writeConfig(const QJsonObject &config) const;

    /// Takes DIR/writer.lock without waiting. The replica has one writer at a time (a running
    /// node or an admin command): two would fork the chain. The lock is held until the returned
    /// object is destroyed; a dead owner's lock is taken over, a live owner's is refused with
    /// its program and process id (code "in-use").
    Result<std::unique_ptr<QLockFile>> lockForWriting() const;

    /// Derives the replica key from passphrase and checks it against the key file. For a new
    /// replica, creates the key file with a fresh salt and `newParams` (calibrated to about half
    /// a second when not given). A wrong passphrase fails here, before the database is touched.
    Result<crypto::SecureBuffer> replicaKey(const crypto::SecureBuffer &passphrase,
                                            std::optional<crypto::Argon2Params> newParams
                                            = std::nullopt) const;
    /// Opens an existing replica for queries only (Ledger::openReadOnly).
    Result<std::unique_ptr<chain::Ledger>>
    openLedgerReadOnly(const crypto::SecureBuffer &passphrase) const;
    /// Opens (or creates from genesis.cbor) the replica.
    Result<std::unique_ptr<chain::Ledger>> openLedger(const crypto::SecureBuffer &passphrase,
                                                      std::optional<crypto::Argon2Params> newParams
                                                      = std::nullopt) const;

private:
    QString m_root;
};

} // namespace medchain::node
