#include "client/PatientReads.h"

#include "chain/Evidence.h"
#include "crypto/Certificate.h"
#include "records/RecordAccess.h"

#include <algorithm>

namespace medchain::client {

PatientReads::PatientReads(const chain::Ledger &ledger, const IdentityId &me,
                           const crypto::X25519SecretKey &mine)
    : PatientReads(ledger, me, me, mine)
{
}

PatientReads::PatientReads(const chain::Ledger &ledger, const IdentityId &patient,
                           const IdentityId &reader, const crypto::X25519SecretKey &readerKey)
    : m_ledger(ledger),
      m_patient(patient),
      m_reader(reader),
      m_mine(readerKey),
      m_parties(ledger.state())
{
}

QList<chain::RecordInfo> PatientReads::recordIndex() const
{
    return m_ledger.state().recordsForPatient(m_patient);
}

QList<chain::RecordInfo> PatientReads::readableIndex() const
{
    QList<chain::RecordInfo> readable = recordIndex();
    if (m_reader != m_patient)
        readable.removeIf([this](const chain::RecordInfo &record) {
            return !m_ledger.state().hasKey(record.currentVersion, m_reader);
        });
    return readable;
}

std::optional<records::RecordContent> PatientReads::contentOf(const chain::RecordInfo &record,
                                                              const Hash &version,
                                                              QString *problem) const
{
    auto content = records::RecordAccess::openVersion(m_ledger, record, version, m_reader, m_mine);
    if (!content) {
        if (problem)
            *problem = content.error();
        return std::nullopt;
    }
    return std::move(content).value();
}

qint64 PatientReads::transactionTime(const Hash &transaction) const
{
    const auto tx = m_ledger.transaction(transaction);
    return tx ? tx->time : 0;
}

RecordSummary PatientReads::summarise(const chain::RecordInfo &record)
{
    RecordSummary summary;
    summary.id = record.id;
    summary.version = record.currentVersion;
    summary.patient = record.patient;
    summary.category = record.category;
    summary.encounterTime = record.encounterTime;
    summary.height = record.height;
    summary.institution = m_parties(record.institution);
    summary.author = m_parties(record.author);
    summary.amended = record.currentVersion != record.id;
    summary.amendmentPending = m_ledger.state().hasPendingAmendment(record.id);
    if (const auto content = contentOf(record, record.currentVersion, &summary.problem)) {
        summary.chiefComplaint = content->chiefComplaint;
        for (const records::Diagnosis &diagnosis : content->diagnoses)
            summary.diagnoses.append(diagnosis.icd10);
    }
    return summary;
}

Result<RecordDetail> PatientReads::detail(const Hash &id)
{
    const auto record = m_ledger.state().record(id);
    if (!record || record->patient != m_patient)
        return Error {m_reader == m_patient ? tr("This record is not in your history.")
                                            : tr("This record is not in this patient's history."),
                      QStringLiteral("unknown")};
    RecordDetail detail;
    detail.summary = summarise(*record);
    QString problem;
    const auto current = contentOf(*record, record->currentVersion, &problem);
    if (!current)
        return Error {problem, QStringLiteral("damaged")};
    detail.content = *current;
    detail.original
        = record->currentVersion == record->id ? current : contentOf(*record, record->id, nullptr);
    for (const chain::AmendmentInfo &amendment : m_ledger.state().amendmentsForRecord(id)) {
        AmendmentEntry entry;
        entry.id = amendment.id;
        entry.state = AmendmentState(amendment.status);
        entry.proposed = transactionTime(amendment.id);
        entry.height = amendment.height;
        entry.author = m_parties(amendment.author);
        entry.content = contentOf(*record, amendment.id, nullptr);
        detail.amendments.append(entry);
    }
    detail.proof = proofOf(m_ledger, id);
    return detail;
}

IntegrityProof PatientReads::proofOf(const chain::Ledger &ledger, const Hash &transaction)
{
    IntegrityProof proof;
    proof.transaction = transaction;
    const auto bundle = chain::EvidenceBundle::build(ledger, transaction);
    if (!bundle) {
        proof.problem = bundle.error();
        return proof;
    }
    const auto report = bundle->verify();
    if (!report) {
        proof.problem = report.error();
        return proof;
    }
    proof.height = report->height;
    proof.blockTime = report->blockTime;
    proof.blockHash = report->blockHash;
    proof.signer = report->senderName;
    proof.validators = report->signers;
    // The bundle brings its own root: only this network's root makes it proof.
    const auto root = crypto::Certificate::fromDer(ledger.genesis().rootCertificate);
    if (!root || root->fingerprint() != report->rootFingerprint) {
        proof.problem = tr("The proof chains to another network's root certificate.");
        return proof;
    }
    proof.verified = true;
    return proof;
}

QList<PendingAmendment> PatientReads::pendingAmendments()
{
    QList<PendingAmendment> pending;
    for (const chain::AmendmentInfo &amendment :
         m_ledger.state().pendingAmendmentsForPatient(m_patient)) {
        const auto record = m_ledger.state().record(amendment.record);
        if (!record)
            continue;
        const auto before = contentOf(*record, record->currentVersion, nullptr);
        const auto after = contentOf(*record, amendment.id, nullptr);
        if (!before || !after)
            continue;
        pending.append({amendment.id, record->id, record->encounterTime,
                        transactionTime(amendment.id), m_parties(amendment.author),
                        m_parties(record->institution), *before, *after});
    }
    return pending;
}

ConsentSnapshot PatientReads::consent()
{
    const chain::LedgerState &state = m_ledger.state();
    ConsentSnapshot snapshot;
    for (const chain::GrantInfo &grant : state.grantsForPatient(m_patient))
        snapshot.grants.append({grant.id, m_parties(grant.grantee), grant.scope, grant.expiry,
                                transactionTime(grant.id), grant.revoked});
    for (const chain::RequestInfo &request : state.requestsForPatient(m_patient))
        snapshot.requests.append({request.id, m_parties(request.requester), request.scope,
                                  request.expiry, transactionTime(request.id), request.purpose,
                                  RequestState(request.status)});
    const QList<chain::ReceiptInfo> receipts = state.receiptsForPatient(m_patient);
    for (auto it = receipts.crbegin(); it != receipts.crend(); ++it) {
        AccessEntry entry;
        entry.id = it->id;
        entry.time = it->time;
        entry.reader = m_parties(it->reader);
        entry.record = it->record;
        if (const auto record = state.record(it->record))
            entry.recordTime = record->encounterTime;
        entry.purpose = it->purpose;
        entry.automated = it->automated;
        entry.emergency = it->emergency;
        snapshot.accessLog.append(entry);
    }
    for (const chain::EmergencyInfo &emergency : state.emergenciesForPatient(m_patient)) {
        AccessEntry entry;
        entry.id = emergency.id;
        entry.time = emergency.start;
        entry.reader = m_parties(emergency.practitioner);
        entry.purpose = emergency.reason;
        entry.emergency = true;
        snapshot.accessLog.append(entry);
    }
    std::stable_sort(snapshot.accessLog.begin(), snapshot.accessLog.end(),
                     [](const AccessEntry &a, const AccessEntry &b) { return a.time > b.time; });
    return snapshot;
}

QList<Party> PatientReads::directory()
{
    QList<Party> parties;
    for (const chain::Role role : {chain::Role::Institution, chain::Role::Practitioner})
        for (const chain::IdentityInfo &info : m_ledger.state().identitiesWithRole(role))
            if (!info.revoked)
                parties.append(m_parties(info.id));
    std::stable_sort(parties.begin(), parties.end(), [](const Party &a, const Party &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return parties;
}

} // namespace medchain::client
