// What a practitioner's or an institution's views read: the patients it may read or has asked,
// a patient at a glance (allergies, running medications, recent exams), its own amendments.
#pragma once

#include "client/ClientTypes.h"
#include "client/PartyNames.h"
#include "crypto/X25519.h"

#include <QCoreApplication>

namespace medchain::chain {
class Ledger;
}

namespace medchain::client {

class ClinicianReads {
    Q_DECLARE_TR_FUNCTIONS(ClinicianReads)
public:
    static constexpr int MaxFound = 50;

    /// The references must outlive this object (one query's worth, on the reader thread).
    ClinicianReads(const chain::Ledger &ledger, const IdentityId &me,
                   const crypto::X25519SecretKey &mine, qint64 now);

    /// Patients with an active grant to me or (for a practitioner) my institution, or my
    /// break-glass access in force; by name.
    QList<PatientEntry> patients();
    /// Active patients whose id is query (64 hex digits) or whose listed name contains it
    /// (case-insensitive; the chain holds no real names, so this is the "patient-" pseudonym
    /// of their certificate); at most MaxFound, by name.
    QList<PatientEntry> findPatients(const QString &query);
    ClinicalSummary clinicalSummary(const IdentityId &patient);
    QList<AuthoredAmendment> authoredAmendments();

    /// True for an ICD-10 code of an allergy (T78, T88.6, Z88, Z91.0, J30, L23, L27).
    static bool isAllergyCode(const QString &icd10);

    /// patient as listed: name, grants to me, requests, break-glass, last encounter.
    PatientEntry entryFor(const chain::IdentityInfo &patient);

private:
    const chain::Ledger &m_ledger;
    IdentityId m_me;
    std::optional<IdentityId> m_institution; // a practitioner's
    const crypto::X25519SecretKey &m_mine;
    qint64 m_now;
    PartyNames m_parties;
};

} // namespace medchain::client
