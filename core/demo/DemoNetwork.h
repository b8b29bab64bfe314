// Creates a demo network from a Scenario: genesis, every identity with its keystore, and every
// event signed by its author and committed through a real node, in simulated time.
#pragma once

#include "common/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"
#include "demo/DemoNodes.h"
#include "demo/Scenario.h"
#include "demo/WalletBook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace medchain::demo {

/// Someone to log in as: role ("patient", "doctor", "desk", "regulator", "gateway",
/// "sponsor", "fund-manager"), name, keystore (relative to the demo folder) and identity (hex).
struct DemoIdentity {
    QString role;
    QString name;
    QString keystore;
    QString identity;
    QString detail; // the institution of a doctor; the region of a patient
};

struct DemoSummary {
    QString chainId;
    quint64 height = 0;
    quint64 transactions = 0;
    QString tipHash;
    QStringList nodeFolders; // relative to the demo folder: those of `nodes`, in order
    QList<DemoNode> nodes; // node1 first, then the other validators, then the replicas
    QList<DemoIdentity> identities;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    int institutions = 0;
    int practitioners = 0;
    int patients = 0;
    int records = 0;
    WalletBook::Counts wallet; // the wallet's transactions and the subsidies they paid

    QJsonObject toJson() const;
};

/// stage: what is being done (translated); done of total steps.
using DemoProgress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

class DemoNetwork {
    Q_DECLARE_TR_FUNCTIONS(DemoNetwork)
public:
    /// Block windows: a block holds what happens within this much simulated time, and the demo
    /// genesis allows transactions that far from their block's time.
    static constexpr qint64 BlockWindowMs = 6 * 3600 * 1000;

    /// Builds the network in folder (which must be empty or absent). Every keystore and the
    /// replica use passphrase; the cast's keystores and the replica use keyParams, everyone
    /// else's the minimum (the demo passphrase is public, so a costly KDF would protect nothing).
    /// With more than one node (DemoNodes), the year is followed by one block that enrolls the
    /// other nodes and ends with the SetValidators naming the validators; every node's folder
    /// then holds a copy of the same replica.
    static Result<DemoSummary> create(const QString &folder, const Scenario &scenario,
                                      const crypto::SecureBuffer &passphrase,
                                      const crypto::Argon2Params &keyParams,
                                      const DemoNodeOptions &nodes = {},
                                      const DemoProgress &progress = {});
};

} // namespace medchain::demo
