// How the access and wallet pages name parties and their roles: a practitioner with their
// institution and specialty, an identity the replica does not know by a short hex id.
#pragma once

#include "client/ClientTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class PartyText {
    Q_DECLARE_TR_FUNCTIONS(PartyText)
public:
    /// "李伟 (Respiratory medicine, 合肥市第一人民医院)" for a practitioner, the name for anyone
    /// else, "Unknown identity 1a2b3c4d5e6f7a8b" when the replica does not know them.
    static QString display(const client::Party &party);
    /// What the party is: "Hospital", "Payment gateway", "Practitioner"… (a revoked one says so).
    static QString description(const client::Party &party);
    static QString role(chain::Role role);
    static QString kind(chain::InstitutionKind kind);
    /// The full id in hex, for tooltips and copying.
    static QString fullId(const chain::IdentityId &id);
};

} // namespace medchain::ui
