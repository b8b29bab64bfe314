// How the admin commands commit: the data folder's writer lock and open replica, and either the
// embedded single-validator path (the folder's validator key alone commits each signed
// transaction in its own block) or, on a network of several validators, the folder's node
// joining the network until consensus has committed the transaction.
#pragma once

#include "CliContext.h"

#include "chain/Transaction.h"
#include "identity/Keystore.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace medchain::cli {

struct Committed {
    chain::Hash transaction;
    quint64 height = 0;
};

class AdminSession {
    Q_DECLARE_TR_FUNCTIONS(AdminSession)
public:
    /// node.json's keys naming the keystores, relative to the data folder.
    static inline const QString kIdentityKey = QStringLiteral("identity");
    static inline const QString kValidatorKey = QStringLiteral("validator");

    /// Locks the folder, opens the replica and unlocks node.json's validator keystore, if any.
    static Result<std::unique_ptr<AdminSession>> open(CliContext &context);

    chain::Ledger &ledger() { return *m_ledger; }
    const node::DataDir &dataDir() const { return m_dir; }

    /// The keystore to sign with: asPath, or node.json's identity when asPath is empty. It opens
    /// with the passphrase in asPassphraseFile, or the data folder's when that is empty.
    Result<identity::UnlockedIdentity> unlockSigner(const QString &asPath,
                                                    const QString &asPassphraseFile);
    /// The certificate signer issues with: the root for the authority, otherwise its own
    /// certificate on chain.
    Result<crypto::Certificate> issuerCertificate(const identity::UnlockedIdentity &signer) const;

    /// Signs body with sender's next nonce and commits it: alone in the next block when this
    /// folder's validator holds more than two thirds of the power, otherwise through the
    /// network (node.json's peers must be running). A refused transaction is reported with the
    /// rule's message and code.
    Result<Committed> commit(const crypto::Ed25519SigningKey &sender, chain::TxBody body);

private:
    static constexpr int kNetworkTimeoutMs = 60'000;

    AdminSession(CliContext &context, node::DataDir dir) : m_context(context), m_dir(dir) { }

    CliContext &m_context;
    node::DataDir m_dir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<chain::Ledger> m_ledger;
    std::optional<identity::UnlockedIdentity> m_validator;

    bool commitsAlone() const;
    Result<Committed> commitThroughNetwork(const QByteArray &transaction);
};

/// Writes a new identity's keystore: under the passphrase in newPassphraseFile when given,
/// otherwise the data folder's, with newly calibrated key-derivation settings.
Result<void> createKeystore(CliContext &context, const QString &path,
                            const identity::IdentityKeys &keys,
                            const identity::KeystorePublicInfo &info,
                            const QString &newPassphraseFile,
                            const std::optional<crypto::SecureBuffer> &extraSecret = {});

} // namespace medchain::cli
