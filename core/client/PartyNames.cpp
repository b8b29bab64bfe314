#include "client/PartyNames.h"

#include "identity/Enrollment.h"

namespace medchain::client {

Party PartyNames::from(const chain::IdentityInfo &info, const QString &institution)
{
    Party party;
    party.id = info.id;
    party.role = info.role;
    party.kind = info.kind;
    party.name = info.name;
    if (party.name.isEmpty() && info.role == chain::Role::Patient)
        party.name = identity::Enrollment::patientPseudonym(info.id);
    party.institution = institution;
    party.specialty = info.specialty;
    party.licenceNumber = info.licenceNumber;
    party.regionCode = info.regionCode;
    party.revoked = info.revoked;
    return party;
}

const Party &PartyNames::operator()(const IdentityId &id)
{
    if (const auto known = m_known.find(id); known != m_known.end())
        return known->second;
    Party party;
    party.id = id;
    if (const auto info = m_state.identity(id)) {
        QString institution;
        if (info->role == chain::Role::Practitioner || info->role == chain::Role::Node)
            institution = (*this)(info->parent).name;
        party = from(*info, institution);
    }
    return m_known.emplace(id, party).first->second;
}

} // namespace medchain::client
