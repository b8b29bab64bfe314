#include "client/ClinicianReads.h"

#include "chain/Ledger.h"
#include "client/PatientReads.h"
#include "records/RecordAccess.h"

#include <algorithm>
#include <set>

namespace medchain::client {

namespace {
constexpr qint64 kDayMs = 86'400'000;

bool mentionsAllergy(const QString &text)
{
    return text.contains(QStringLiteral("过敏"))
        || text.contains(QLatin1String("allerg"), Qt::CaseInsensitive);
}

void sortByName(QList<PatientEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PatientEntry &a, const PatientEntry &b) {
                         return a.patient.name.localeAwareCompare(b.patient.name) < 0;
                     });
}
} // namespace

ClinicianReads::ClinicianReads(const chain::Ledger &ledger, const IdentityId &me,
                               const crypto::X25519SecretKey &mine, qint64 now)
    : m_ledger(ledger), m_me(me), m_mine(mine), m_now(now), m_parties(ledger.state())
{
    if (const auto info = ledger.state().identity(me);
        info && info->role == chain::Role::Practitioner)
        m_institution = info->parent;
}

bool ClinicianReads::isAllergyCode(const QString &icd10)
{
    for (const char *prefix : {"T78", "T88.6", "Z88", "Z91.0", "J30", "L23", "L27"})
        if (icd10.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

PatientEntry ClinicianReads::entryFor(const chain::IdentityInfo &patient)
{
    const chain::LedgerState &state = m_ledger.state();
    PatientEntry entry;
    entry.patient = m_parties(patient.id);
    bool own = false;
    bool institution = false;
    for (const chain::GrantInfo &grant : state.activeGrants(patient.id, m_now)) {
        if (grant.grantee == m_me)
            own = true;
        else if (grant.grantee == m_institution)
            institution = true;
        else
            continue;
        entry.grantExpiry = std::max(entry.grantExpiry, grant.expiry);
    }
    entry.granted = own || institution;
    entry.grantedToInstitution = institution && !own;
    entry.emergency = state.hasEmergencyAccess(patient.id, m_me, m_now);
    for (const chain::RequestInfo &request : state.requestsForPatient(patient.id))
        if (request.requester == m_me && request.status == chain::RequestStatus::Pending)
            entry.requestPending = true;
    for (const chain::RecordInfo &record : state.recordsForPatient(patient.id))
        if (state.hasKey(record.currentVersion, m_me)) {
            entry.lastEncounter = record.encounterTime; // the index is latest first
            break;
        }
    return entry;
}

QList<PatientEntry> ClinicianReads::patients()
{
    const chain::LedgerState &state = m_ledger.state();
    std::set<IdentityId> candidates;
    for (const IdentityId &grantee :
         m_institution ? QList<IdentityId> {m_me, *m_institution} : QList<IdentityId> {m_me})
        for (const chain::GrantInfo &grant : state.grantsForGrantee(grantee))
            if (!grant.revoked && grant.expiry > m_now)
                candidates.insert(grant.patient);
    for (const chain::EmergencyInfo &emergency : state.emergenciesByPractitioner(m_me))
        if (emergency.start <= m_now && m_now < emergency.expiry)
            candidates.insert(emergency.patient);
    QList<PatientEntry> entries;
    for (const IdentityId &id : candidates)
        if (const auto patient = state.identity(id); patient && !patient->revoked)
            entries.append(entryFor(*patient));
    sortByName(entries);
    return entries;
}

QList<PatientEntry> ClinicianReads::findPatients(const QString &query)
{
    const QString wanted = query.trimmed();
    QList<PatientEntry> entries;
    if (wanted.isEmpty())
        return entries;
    const chain::LedgerState &state = m_ledger.state();
    if (wanted.size() == 64) {
        const QByteArray bytes = QByteArray::fromHex(wanted.toLatin1());
        if (bytes.size() == qsizetype(IdentityId::Size)) {
            const auto patient = state.identity(chain::fixedFrom<IdentityId>(bytes));
            if (patient && patient->role == chain::Role::Patient && !patient->revoked)
                entries.append(entryFor(*patient));
            return entries;
        }
    }
    for (const chain::IdentityInfo &patient : state.identitiesWithRole(chain::Role::Patient)) {
        if (patient.revoked || !m_parties(patient.id).name.contains(wanted, Qt::CaseInsensitive))
            continue;
        entries.append(entryFor(patient));
        if (entries.size() == MaxFound)
            break;
    }
    sortByName(entries);
    return entries;
}

ClinicalSummary ClinicianReads::clinicalSummary(const IdentityId &patient)
{
    ClinicalSummary summary;
    summary.patient = patient;
    PatientReads reads(m_ledger, patient, m_me, m_mine);
    const QList<chain::RecordInfo> all = reads.recordIndex();
    const QList<chain::RecordInfo> readable = reads.readableIndex();
    summary.readable = int(readable.size());
    summary.unreadable = int(all.size() - readable.size());
    QSet<QString> seenAllergies;
    auto addAllergy = [&](const QString &text) {
        if (!text.isEmpty() && !seenAllergies.contains(text)) {
            seenAllergies.insert(text);
            summary.allergies.append(text);
        }
    };
    for (const chain::RecordInfo &record : readable) {
        const auto content = records::RecordAccess::openVersion(
            m_ledger, record, record.currentVersion, m_me, m_mine);
        if (!content)
            continue;
        for (const records::Diagnosis &diagnosis : content->diagnoses)
            if (isAllergyCode(diagnosis.icd10))
                addAllergy(diagnosis.note.isEmpty()
                               ? diagnosis.icd10
                               : diagnosis.icd10 + QLatin1Char(' ') + diagnosis.note);
        for (const QString &line : content->notes.split(QLatin1Char('\n')))
            if (mentionsAllergy(line))
                addAllergy(line.trimmed());
        for (const records::Prescription &prescription : content->prescriptions) {
            const qint64 ends = record.encounterTime + prescription.durationDays * kDayMs;
            if (ends > m_now)
                summary.medications.append(
                    {prescription, record.encounterTime, ends, m_parties(record.author)});
        }
        for (const records::Exam &exam : content->exams)
            summary.exams.append(
                {exam.code, exam.name, record.encounterTime, m_parties(record.institution)});
    }
    return summary;
}

QList<AuthoredAmendment> ClinicianReads::authoredAmendments()
{
    const chain::LedgerState &state = m_ledger.state();
    QList<AuthoredAmendment> amendments;
    for (const chain::AmendmentInfo &amendment : state.amendmentsByAuthor(m_me)) {
        const auto record = state.record(amendment.record);
        if (!record)
            continue;
        AuthoredAmendment entry;
        entry.amendment.id = amendment.id;
        entry.amendment.state = AmendmentState(amendment.status);
        entry.amendment.height = amendment.height;
        entry.amendment.author = m_parties(m_me);
        if (const auto tx = m_ledger.transaction(amendment.id))
            entry.amendment.proposed = tx->time;
        const auto content
            = records::RecordAccess::openVersion(m_ledger, *record, amendment.id, m_me, m_mine);
        if (content)
            entry.amendment.content = content.value();
        entry.record = record->id;
        entry.patient = m_parties(record->patient);
        entry.encounterTime = record->encounterTime;
        amendments.append(entry);
    }
    return amendments;
}

} // namespace medchain::client
