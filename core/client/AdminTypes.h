// What the health authority's network-health and administration views read and send, as plain
// values. The forms carry what a person typed; the chain checks every rule again on commit.
#pragma once

#include "client/ClientTypes.h"
#include "identity/IdentityTx.h"

#include <optional>

namespace medchain::client {

/// A validator of the current set as this replica's recent blocks show it.
struct ValidatorHealth {
    Party node; // with the institution that runs it
    quint64 power = 0;
    quint64 lastSigned = 0; // the newest height whose commit it signed; 0: none seen
    qint64 lastSignedTime = 0; // that block's time
    quint64 lastProposed = 0; // the newest height it proposed; 0: none seen
    bool connected = false; // a peer of this node now
    quint64 peerHeight = 0; // the best height it has shown, when connected
};

/// A connected peer of this node.
struct PeerHealth {
    Party node;
    bool validator = false; // in the current validator set
    quint64 height = 0;
    quint64 blocksApplied = 0; // blocks it sent that this node applied
};

struct NetworkHealth {
    quint64 height = 0; // this replica's tip
    qint64 tipTime = 0;
    Hash tipHash;
    /// How many of the newest blocks were looked at for commits; a validator not seen in
    /// them has signed nothing recently.
    quint64 scanned = 0;
    QList<ValidatorHealth> validators; // by name
    QList<PeerHealth> peers; // by name
    qsizetype equivocations = 0; // double votes recorded on chain, ever
};

struct ProgramEntry {
    Hash id;
    Party owner;
    QString name;
    std::optional<chain::RecordCategory> category; // none: every category
    QStringList codes;
    Amount amountPerEvent = 0;
    Amount capPerPatient = 0; // 0: no cap
    Amount pool = 0; // what is left to pay
    quint64 height = 0;
};

/// Who and what the authority administers.
struct AdminDirectory {
    QList<Party> institutions; // revoked ones too, by name
    QList<Party> practitioners;
    QList<Party> nodes; // with their institution
    QList<identity::Validator> validators; // the current set
    QList<ProgramEntry> programs; // by name
    Amount balance = 0; // the authority's own account, which funds programs
};

struct InstitutionForm {
    chain::InstitutionKind kind = chain::InstitutionKind::Hospital;
    QString name;
    QString regionCode; // six-digit GB/T 2260 district code
};

struct ProgramForm {
    QString name;
    std::optional<chain::RecordCategory> category;
    QStringList codes; // ICD-10 codes or categories; sorted and deduplicated when sent
    Amount amountPerEvent = 0;
    Amount capPerPatient = 0;
    Amount funding = 0; // moved from the authority's account into the pool
};

} // namespace medchain::client
