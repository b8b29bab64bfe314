// Turns a Scenario's events into the transactions their authors would sign, in time order. It
// keeps its own account of what the chain will hold (nonces, grants, who holds which record
// key, the wallet's books), so every transaction it makes passes the rules when blocks are made
// as it assumes, and refuses an event the chain would refuse.
#pragma once

#include "chain/Genesis.h"
#include "common/Result.h"
#include "demo/DemoKeys.h"
#include "demo/Scenario.h"

#include <QCoreApplication>
#include <QList>

#include <map>
#include <memory>

namespace medchain::demo {

/// The public keys of everyone in a scenario, by the scenario's indices.
struct Party {
    chain::IdentityId id;
    crypto::X25519PublicKey encryption;
};
struct DemoParties {
    Party authority;
    QList<Party> institutions;
    QList<Party> practitioners;
    QList<Party> patients;
};

/// One thing someone does at a time; a Scenario event gives one or two (its answer, a revoke).
struct DemoAction {
    enum class Kind : quint8 {
        Record,
        ProposeAmendment,
        AnswerAmendment,
        Grant,
        RevokeGrant,
        Request,
        AnswerRequest,
        Read,
        Emergency,
        Wallet, // any wallet event: one transaction
    };
    qint64 time = 0;
    Kind kind = Kind::Record;
    int event = 0; // index into Scenario::events
};

class WalletBook;

class DemoTransactions {
    Q_DECLARE_TR_FUNCTIONS(DemoTransactions)
public:
    /// nonces: the last nonce each identity used before (the enrollments).
    DemoTransactions(const Scenario &scenario, const DemoKeys &keys, const DemoParties &parties,
                     const chain::Genesis &genesis, std::map<chain::IdentityId, quint64> nonces);
    ~DemoTransactions();

    /// Every action of the scenario, sorted by time (stable: ties keep event order).
    static QList<DemoAction> schedule(const Scenario &scenario);

    /// The signed transactions for one action (a read may need a key share first), for a block
    /// made at blockTime. Call in schedule order. Fails, naming the event, if the chain would
    /// refuse a wallet event or a record's claims (a hand-written scenario's mistake).
    Result<QList<QByteArray>> build(const DemoAction &action, qint64 blockTime);

    /// The wallet's books after the actions built so far.
    const WalletBook &wallet() const;
    /// The last nonce each identity used so far, for transactions signed after these.
    std::map<chain::IdentityId, quint64> nonces() const;

private:
    Result<QList<QByteArray>> buildAction(const DemoAction &action, qint64 blockTime);

    struct Model;
    std::unique_ptr<Model> d;
};

} // namespace medchain::demo
