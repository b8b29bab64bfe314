// The demo network's nodes: who runs each, the transactions that enroll them and make them the
// validators, and the node folders, node.json files and network.json that connect them.
#pragma once

#include "chain/Genesis.h"
#include "common/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/Certificate.h"
#include "crypto/SecureBuffer.h"
#include "identity/Enrollment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <map>

namespace medchain::demo {

class DemoKeys;
struct Scenario;

/// How long an idle demo network waits before an empty block (node.json).
constexpr qint64 kEmptyBlockIntervalMs = 5'000;

struct DemoNodeOptions {
    static constexpr int MaxValidators = 16;
    static constexpr int MaxReplicas = 16;

    int validators = 1; // node1 (the authority's genesis validator), then nodes 2 … validators
    int replicas = 0; // non-validating nodes after the validators
    int basePort = 0; // node k listens on basePort + k − 1; 0: free ports picked at creation

    int count() const { return validators + replicas; }
};

/// One node as network.json and the demo's summary list it.
struct DemoNode {
    QString name; // as enrolled on chain
    QString folder; // relative to the demo folder: "node1", "node2", …
    QString address; // "127.0.0.1:PORT"
    bool validator = false;
    QString nodeKey; // its Ed25519 public key (TLS and precommits), 64 lower-case hex
    QString institution; // who runs it: an institution's name, or the authority's

    QJsonObject toJson() const;
};

/// Node 1 is the authority's genesis validator. Nodes 2 … K are run by the scenario's hospitals,
/// one each in scenario order, and by the authority once the hospitals run out. The first
/// `validators` nodes validate; the others are replicas.
class DemoNodes {
    Q_DECLARE_TR_FUNCTIONS(DemoNodes)
public:
    /// Whether the options can be met: counts and ports in range.
    static Result<void> check(const DemoNodeOptions &options);

    /// The references must outlive this object; options must have passed check().
    DemoNodes(const Scenario &scenario, const DemoKeys &keys, const chain::Genesis &genesis,
              const DemoNodeOptions &options);

    /// EnrollNode for nodes 2 … K: a validator's certified by the root and sent by the
    /// authority (evidence of its commits needs no institution certificate), a replica's by the
    /// institution running it (so it chains to the root through the institution's); then, with more
    /// than one validator, the authority's SetValidators naming them all, power 1 each. That one
    /// comes last: from the next block on, the authority's key no longer commits alone. Empty for a
    /// single node. nonces: the last nonce each signer used; advanced here.
    Result<QList<QByteArray>>
    transactions(const crypto::Certificate &root,
                 const QList<crypto::Certificate> &institutionCertificates,
                 const identity::Validity &validity, std::map<chain::IdentityId, quint64> &nonces,
                 qint64 time) const;

    /// Once node1's replica is closed: the folders node2 … nodeK, each with genesis.cbor, a copy
    /// of node1's replica and key file (the same passphrase opens them) and keystores/node.mcid
    /// under passphrase; every node's node.json (node1's keeps its other keys); and
    /// folder/network.json. progress(done, total) after each folder.
    Result<QList<DemoNode>> writeFolders(const QString &folder,
                                         const crypto::SecureBuffer &passphrase,
                                         const crypto::Argon2Params &keystoreParams,
                                         const std::function<void(int, int)> &progress = {}) const;

private:
    struct Planned {
        int number = 1;
        int institution = -1; // -1: the authority
        QString name;
        bool validator = false;
    };

    Result<QList<int>> ports() const;

    const Scenario &m_scenario;
    const DemoKeys &m_keys;
    const chain::Genesis &m_genesis;
    DemoNodeOptions m_options;
    QList<Planned> m_nodes; // node1 first
};

} // namespace medchain::demo
