// A network with the wallet's cast: a payment gateway, a hospital with a doctor, a trial
// sponsor, a fund manager and two patients, plus shorthands for money. Test support only.
#pragma once

#include "../chain/ChainFixture.h"
#include "wallet/WalletTx.h"

namespace medchain::test {

inline records::RecordContent diabetesVisit()
{
    records::RecordContent c;
    c.chiefComplaint = QStringLiteral("口渴多饮 (thirst)");
    c.diagnoses = {{QStringLiteral("E11.9"), QStringLiteral("Type 2 diabetes mellitus")}};
    c.fees = {{QStringLiteral("registration"), 2000}};
    return c;
}

class WalletFixture : public ChainFixture {
public:
    WalletFixture()
        : gateway(enrollHospital(QStringLiteral("Anhui Pay"), InstitutionKind::PaymentGateway)),
          hospital(enrollHospital(QStringLiteral("Hefei First People's Hospital"))),
          sponsor(enrollHospital(QStringLiteral("Huaan Trials"), InstitutionKind::TrialSponsor)),
          fundManager(
              enrollHospital(QStringLiteral("Huishang Funds"), InstitutionKind::FundManager)),
          doctor(enrollDoctor(hospital, QStringLiteral("Dr. Li"))),
          patient(registerPatient(hospital, QStringLiteral("340104199001011234"))),
          other(registerPatient(hospital, QStringLiteral("340104199202022345")))
    {
    }

    wallet::AccountId account(const Member &m) const { return wallet::accountOf(m.id()); }
    wallet::Amount balance(const Member &m) const { return ledger->state().balance(account(m)); }
    wallet::Amount balanceOf(const Hash &pool) const { return ledger->state().balance(pool); }

    /// A gateway deposit with a fresh reference.
    QByteArray deposit(const IdentityId &to, wallet::Amount fen)
    {
        return sign(gateway.keys.signing,
                    wallet::Deposit {to, fen, QStringLiteral("PAY-%1").arg(++m_reference)});
    }
    void fund(const Member &m, wallet::Amount fen) { accept(deposit(m.id(), fen)); }
    void fundAuthority(wallet::Amount fen) { accept(deposit(network.authority.id(), fen)); }

    /// A record by the hospital's doctor for `who`, sealed to the required readers.
    records::AddRecord visit(const Member &who, QList<Hash> claims = {},
                             RecordCategory category = RecordCategory::Encounter)
    {
        auto body = record(doctor, who, {who.id(), doctor.id(), hospital.id()}, diabetesVisit(),
                           category);
        std::sort(claims.begin(), claims.end());
        body.claims = claims;
        return body;
    }

    Member gateway, hospital, sponsor, fundManager, doctor, patient, other;

private:
    int m_reference = 0;
};

} // namespace medchain::test
