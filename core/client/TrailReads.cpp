#include "client/TrailReads.h"

#include "analytics/SupervisionStore.h"
#include "chain/Ledger.h"
#include "chain/Transaction.h"
#include "client/PartyNames.h"
#include "client/PatientReads.h"
#include "records/RecordTx.h"

#include <algorithm>

namespace medchain::client {

namespace {
qint64 blockTime(const chain::Ledger &ledger, quint64 height)
{
    const auto header = ledger.header(height);
    return header ? header->time : 0;
}
} // namespace

Result<Hash> TrailReads::recordOf(const chain::Ledger &ledger, const Hash &transaction)
{
    const auto tx = ledger.transaction(transaction);
    if (!tx)
        return Error {tr("No committed transaction has this id."), QStringLiteral("unknown")};
    if (std::holds_alternative<records::AddRecord>(tx->body))
        return transaction;
    if (const auto *amendment = std::get_if<records::ProposeAmendment>(&tx->body))
        return amendment->record;
    if (const auto *receipt = std::get_if<records::AccessReceipt>(&tx->body))
        return receipt->record;
    if (const auto *answer = std::get_if<records::AnswerAmendment>(&tx->body)) {
        if (const auto amendment = ledger.state().amendment(answer->amendment))
            return amendment->record;
    }
    return Error {tr("This transaction is not about a record: enter a record's id, or an "
                     "amendment, answer or access receipt of one."),
                  QStringLiteral("invalid")};
}

Result<RecordTrail> TrailReads::trail(const chain::Ledger &ledger,
                                      const analytics::SupervisionStore &store,
                                      const Hash &transaction)
{
    const auto id = recordOf(ledger, transaction);
    if (!id)
        return id.failure();
    const chain::LedgerState &state = ledger.state();
    const auto record = state.record(id.value());
    if (!record)
        return Error {tr("The record is not in this replica's state."), QStringLiteral("unknown")};
    PartyNames parties(state);
    RecordTrail trail;
    trail.record = record->id;
    trail.patient = parties(record->patient);
    trail.author = parties(record->author);
    trail.institution = parties(record->institution);
    trail.category = record->category;
    trail.encounterTime = record->encounterTime;
    trail.proof = PatientReads::proofOf(ledger, record->id);
    const qint64 created = blockTime(ledger, record->height);
    trail.events.append({TrailEvent::Kind::Created, record->id, created, trail.author, QString()});

    for (const chain::AmendmentInfo &amendment : state.amendmentsForRecord(record->id)) {
        trail.events.append({TrailEvent::Kind::AmendmentProposed, amendment.id,
                             blockTime(ledger, amendment.height), parties(amendment.author),
                             QString()});
        if (const auto answer = store.answerTo(amendment.id))
            trail.events.append({answer->accepted ? TrailEvent::Kind::AmendmentConfirmed
                                                  : TrailEvent::Kind::AmendmentRejected,
                                 answer->transaction, answer->time, trail.patient, QString()});
    }
    for (const chain::ReceiptInfo &receipt : state.receiptsForPatient(record->patient)) {
        if (receipt.record != record->id)
            continue;
        trail.events.append(
            {receipt.emergency ? TrailEvent::Kind::EmergencyRead : TrailEvent::Kind::Read,
             receipt.id, receipt.time, parties(receipt.reader), receipt.purpose});
    }
    for (const analytics::EmergencyRead &emergency : store.emergenciesFor(record->patient))
        if (emergency.time >= created)
            trail.events.append({TrailEvent::Kind::EmergencyDeclared, emergency.transaction,
                                 emergency.time, parties(emergency.practitioner),
                                 emergency.reason});
    std::stable_sort(trail.events.begin(), trail.events.end(),
                     [](const TrailEvent &a, const TrailEvent &b) { return a.time < b.time; });
    return trail;
}

} // namespace medchain::client
