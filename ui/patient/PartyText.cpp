#include "patient/PartyText.h"

#include "patient/RecordFormat.h"

namespace medchain::ui {

QString PartyText::display(const client::Party &party)
{
    const QString name = RecordFormat::party(party);
    if (party.name.isEmpty() || party.role != chain::Role::Practitioner)
        return name;
    if (!party.specialty.isEmpty() && !party.institution.isEmpty())
        return tr("%1 (%2, %3)").arg(name, party.specialty, party.institution);
    if (!party.institution.isEmpty() || !party.specialty.isEmpty())
        return tr("%1 (%2)").arg(name, party.institution + party.specialty);
    return name;
}

QString PartyText::description(const client::Party &party)
{
    QString what = party.role == chain::Role::Institution && party.kind ? kind(*party.kind)
                                                                        : role(party.role);
    if (party.name.isEmpty())
        what = tr("Not known to this replica");
    return party.revoked ? tr("%1, revoked").arg(what) : what;
}

QString PartyText::role(chain::Role role)
{
    switch (role) {
    case chain::Role::Authority:
        return tr("Health authority");
    case chain::Role::Institution:
        return tr("Institution");
    case chain::Role::Practitioner:
        return tr("Practitioner");
    case chain::Role::Patient:
        return tr("Patient");
    case chain::Role::Node:
        return tr("Network node");
    }
    return tr("Unknown role");
}

QString PartyText::kind(chain::InstitutionKind kind)
{
    switch (kind) {
    case chain::InstitutionKind::Hospital:
        return tr("Hospital");
    case chain::InstitutionKind::Clinic:
        return tr("Clinic");
    case chain::InstitutionKind::Laboratory:
        return tr("Laboratory");
    case chain::InstitutionKind::PaymentGateway:
        return tr("Payment gateway");
    case chain::InstitutionKind::TrialSponsor:
        return tr("Clinical-trial sponsor");
    case chain::InstitutionKind::RegulatorOffice:
        return tr("Regulator's office");
    case chain::InstitutionKind::FundManager:
        return tr("Fund manager");
    }
    return tr("Institution");
}

QString PartyText::fullId(const chain::IdentityId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

} // namespace medchain::ui
