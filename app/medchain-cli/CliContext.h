// The global options of medchain-cli and the services every command shares: the data folder,
// the passphrase (read once into guarded memory, never echoed) and text-or-JSON output.
#pragma once

#include "chain/Ledger.h"
#include "common/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"
#include "node/DataDir.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace medchain::cli {

/// The exit statuses --help documents.
enum ExitCode : int {
    ExitOk = 0, // the command did what was asked; a check found everything in order
    ExitFailed = 1, // a check failed, or the operation could not be done
    ExitUsage = 2, // the command line is wrong
};

/// The Error code that makes fail() exit with ExitUsage.
inline const QString kUsageCode = QStringLiteral("usage");

struct GlobalOptions {
    QString dataDir;
    QString passphraseFile;
    bool json = false;
};

class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    explicit CliContext(GlobalOptions options);

    bool json() const { return m_options.json; }

    /// The folder --datadir names; a usage error when it was not given.
    Result<node::DataDir> dataDir() const;
    /// Ok when dir holds a network: genesis.cbor and replica.db.
    static Result<void> requireNetwork(const node::DataDir &dir);
    /// The data folder's replica, unlocked with the passphrase.
    Result<std::unique_ptr<chain::Ledger>> openLedger();
    /// The same for commands that only read: a read-only connection, which a running node's
    /// writer does not block.
    Result<std::unique_ptr<chain::Ledger>> openLedgerForReading();

    /// Reads the passphrase once: --passphrase-file, else MEDCHAIN_PASSPHRASE, else fallback
    /// when one is given (the demo's published passphrase).
    Result<void> loadPassphrase(QByteArrayView fallback = {});
    /// Valid after loadPassphrase() succeeded: NFC-normalised UTF-8 in guarded memory.
    const crypto::SecureBuffer &passphrase() const { return *m_passphrase; }

    /// Key-derivation settings for new keystores and replicas: calibrated to this machine
    /// (once per run), or libsodium's minimum when MEDCHAIN_FAST_KDF=1 (tests only).
    crypto::Argon2Params newKeyParams();

    /// The value of a required option, or a usage error naming it.
    static Result<QString> required(const QCommandLineParser &parser, const QString &name);
    static Error usage(const QString &message) { return Error {message, kUsageCode}; }

    /// Prints json (with --json) or the lines of text, and returns ExitOk.
    int report(const QJsonObject &json, const QStringList &text) const;
    /// Prints why the command failed (on stderr; with --json also as an object on stdout) and
    /// returns ExitUsage for usage errors, ExitFailed otherwise.
    int fail(const Error &error) const;
    /// A progress line on stderr; nothing with --json.
    void progress(const QString &line) const;

private:
    GlobalOptions m_options;
    std::optional<crypto::SecureBuffer> m_passphrase;
    std::optional<crypto::Argon2Params> m_keyParams;
};

} // namespace medchain::cli
