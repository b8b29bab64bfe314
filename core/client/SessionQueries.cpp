// The session's queries: each a job on the reader thread whose result is delivered to the
// view that asked (Session.cpp has the session's life, its reader and its actions).
#include "client/Session.h"

#include "analytics/SupervisionStore.h"
#include "chain/Evidence.h"
#include "client/AdminReads.h"
#include "client/ClinicianReads.h"
#include "client/PartyNames.h"
#include "client/PatientReads.h"
#include "client/ReaderThread.h"
#include "client/SessionActions.h"
#include "client/SurveillanceReads.h"
#include "client/TrailReads.h"
#include "client/WalletReads.h"

#include <QDateTime>
#include <QDebug>
#include <QFile>

namespace medchain::client {

namespace {
constexpr int kTimelineBatch = 200;
} // namespace

void Session::loadTimeline(QObject *context, BatchCallback onBatch)
{
    streamTimeline(identity(), context, std::move(onBatch));
}

void Session::loadPatientTimeline(const IdentityId &patient, QObject *context,
                                  BatchCallback onBatch)
{
    streamTimeline(patient, context, std::move(onBatch));
}

void Session::streamTimeline(const IdentityId &patient, QObject *receiver, BatchCallback onBatch)
{
    const QPointer<QObject> context(receiver);
    const quint64 generation = ++m_timelineGeneration;
    const IdentityId me = identity();
    const crypto::X25519SecretKey &mine = m_me.keys.encryption;
    ReaderThread *reader = m_reader.get(); // alive until its thread has finished
    post([this, reader, context, onBatch, generation, patient, me,
          &mine](const chain::Ledger &ledger) {
        auto index = std::make_shared<QList<chain::RecordInfo>>(
            PatientReads(ledger, patient, me, mine).readableIndex());
        const int total = int(index->size());
        if (total == 0) {
            deliver(context, [onBatch] { onBatch({}, 0, 0); });
            return;
        }
        // One job per batch, queued behind whatever was asked meanwhile: opening a record
        // waits for one batch, not for the whole history.
        for (int from = 0; from < total; from += kTimelineBatch)
            reader->post([this, context, onBatch, generation, patient, me, &mine, index, from,
                          total](const chain::Ledger &current) {
                if (generation != m_timelineGeneration)
                    return; // a newer load replaced this one
                PatientReads reads(current, patient, me, mine);
                QList<RecordSummary> batch;
                const int to = std::min(total, from + kTimelineBatch);
                for (int i = from; i < to; ++i)
                    batch.append(reads.summarise(index->at(i)));
                deliver(context, [onBatch, batch, to, total] { onBatch(batch, to, total); });
            });
    });
}

void Session::loadRecord(const Hash &record, QObject *context, Callback<Result<RecordDetail>> done)
{
    readInto<Result<RecordDetail>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption, record](const chain::Ledger &ledger) {
            return PatientReads(ledger, me, mine).detail(record);
        },
        std::move(done));
}

void Session::loadRecords(const QList<Hash> &records, QObject *context,
                          Callback<Result<QList<RecordDetail>>> done)
{
    readInto<Result<QList<RecordDetail>>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption,
         records](const chain::Ledger &ledger) -> Result<QList<RecordDetail>> {
            PatientReads reads(ledger, me, mine);
            QList<RecordDetail> details;
            for (const Hash &record : records) {
                auto detail = reads.detail(record);
                if (!detail)
                    return detail.failure();
                details.append(std::move(detail).value());
            }
            return details;
        },
        std::move(done));
}

void Session::loadConsent(QObject *context, Callback<ConsentSnapshot> done)
{
    readInto<ConsentSnapshot>(
        context,
        [me = identity(), &mine = m_me.keys.encryption](const chain::Ledger &ledger) {
            return PatientReads(ledger, me, mine).consent();
        },
        std::move(done));
}

void Session::loadPendingAmendments(QObject *context, Callback<QList<PendingAmendment>> done)
{
    readInto<QList<PendingAmendment>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption](const chain::Ledger &ledger) {
            return PatientReads(ledger, me, mine).pendingAmendments();
        },
        std::move(done));
}

void Session::loadDirectory(QObject *context, Callback<QList<Party>> done)
{
    readInto<QList<Party>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption](const chain::Ledger &ledger) {
            return PatientReads(ledger, me, mine).directory();
        },
        std::move(done));
}

void Session::loadWallet(QObject *context, Callback<WalletSnapshot> done)
{
    readInto<WalletSnapshot>(
        context,
        [me = identity()](const chain::Ledger &ledger) {
            return WalletReads::snapshot(ledger, me);
        },
        std::move(done));
}

void Session::loadEvidence(const Hash &transaction, QObject *context,
                           Callback<Result<QByteArray>> done)
{
    readInto<Result<QByteArray>>(
        context,
        [transaction](const chain::Ledger &ledger) -> Result<QByteArray> {
            auto bundle = chain::EvidenceBundle::build(ledger, transaction);
            if (!bundle)
                return bundle.failure();
            return bundle->encode();
        },
        std::move(done));
}

void Session::loadPatients(QObject *context, Callback<QList<PatientEntry>> done)
{
    readInto<QList<PatientEntry>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption](const chain::Ledger &ledger) {
            return ClinicianReads(ledger, me, mine, QDateTime::currentMSecsSinceEpoch()).patients();
        },
        std::move(done));
}

void Session::findPatients(const QString &query, QObject *context,
                           Callback<QList<PatientEntry>> done)
{
    readInto<QList<PatientEntry>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption, &registrationKey = m_me.extraSecret,
         desk = role() == chain::Role::Institution, query](const chain::Ledger &ledger) {
            ClinicianReads reads(ledger, me, mine, QDateTime::currentMSecsSinceEpoch());
            // The desk reads the national ID off the patient's card; the chain has its hash.
            if (desk && registrationKey && !query.trimmed().isEmpty())
                if (const auto patient = ledger.state().activePatientWithNationalId(
                        identity::Enrollment::nationalIdHash(*registrationKey, query)))
                    return QList<PatientEntry> {reads.entryFor(*patient)};
            return reads.findPatients(query);
        },
        std::move(done));
}

void Session::loadClinicalSummary(const IdentityId &patient, QObject *context,
                                  Callback<ClinicalSummary> done)
{
    readInto<ClinicalSummary>(
        context,
        [me = identity(), &mine = m_me.keys.encryption, patient](const chain::Ledger &ledger) {
            return ClinicianReads(ledger, me, mine, QDateTime::currentMSecsSinceEpoch())
                .clinicalSummary(patient);
        },
        std::move(done));
}

void Session::openRecord(const Hash &record, const QString &purpose, QObject *context,
                         Callback<Result<RecordDetail>> done)
{
    readInto<Result<RecordDetail>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption, record](const chain::Ledger &ledger) {
            const auto info = ledger.state().record(record);
            return PatientReads(ledger, info ? info->patient : me, me, mine).detail(record);
        },
        [this, record, purpose, done = std::move(done)](const Result<RecordDetail> &detail) {
            // Only a read that happened is receipted; the patient's own reads are not.
            if (detail && detail->summary.id == record && identity() != detail->summary.patient) {
                const ActionId id = queueAction(
                    SessionActions::single(records::AccessReceipt {record, purpose, false}));
                emit receiptQueued(record, id);
            }
            done(detail);
        });
}

void Session::loadAuthoredAmendments(QObject *context, Callback<QList<AuthoredAmendment>> done)
{
    readInto<QList<AuthoredAmendment>>(
        context,
        [me = identity(), &mine = m_me.keys.encryption](const chain::Ledger &ledger) {
            return ClinicianReads(ledger, me, mine, QDateTime::currentMSecsSinceEpoch())
                .authoredAmendments();
        },
        std::move(done));
}

void Session::loadIssuedInvoices(QObject *context, Callback<QList<InvoiceEntry>> done)
{
    readInto<QList<InvoiceEntry>>(
        context,
        [me = identity()](const chain::Ledger &ledger) {
            return WalletReads::issuedInvoices(ledger, me);
        },
        std::move(done));
}

/// The regulator's supervision store, opened on the reader thread by the first dashboard load
/// and used only there.
struct SupervisionCache {
    std::unique_ptr<analytics::SupervisionStore> store;
};

template <typename T>
void Session::withSupervisionStore(
    QObject *context,
    std::function<Result<T>(const chain::Ledger &, const analytics::SupervisionStore &)> work,
    Callback<Result<T>> done)
{
    if (!m_supervision)
        m_supervision = std::make_shared<SupervisionCache>();
    // One store per identity in the node folder, under a key only this identity's secret gives.
    const QString path = m_folder + QStringLiteral("/supervision-")
        + QString::fromLatin1(identity().toByteArray().toHex().left(16)) + QStringLiteral(".db");
    readInto<Result<T>>(
        context,
        [cache = m_supervision, path, authority = role() == chain::Role::Authority,
         &mine = m_me.keys.encryption,
         work = std::move(work)](const chain::Ledger &ledger) -> Result<T> {
            if (!authority)
                return Error {tr("Only the health authority reads supervision summaries."),
                              QStringLiteral("not-authorised")};
            if (!cache->store) {
                const crypto::SecureBuffer key
                    = crypto::deriveSubkey(mine.secret(), "medchain/supervision-store/v1");
                auto opened = analytics::SupervisionStore::open(path, key);
                if (!opened && QFile::exists(path)) {
                    // The store only caches what the chain says: a damaged one is read again.
                    qWarning().noquote() << opened.error();
                    for (const char *suffix : {"", "-wal", "-shm"})
                        QFile::remove(path + QLatin1String(suffix));
                    opened = analytics::SupervisionStore::open(path, key);
                }
                if (!opened)
                    return opened.failure();
                cache->store = std::move(opened).value();
            }
            if (auto caught = cache->store->catchUp(ledger, mine); !caught)
                return caught.failure();
            return work(ledger, *cache->store);
        },
        std::move(done));
}

void Session::loadSurveillance(const SurveillanceQuery &query, QObject *context,
                               Callback<Result<SurveillanceSnapshot>> done)
{
    withSupervisionStore<SurveillanceSnapshot>(
        context,
        [query](const chain::Ledger &ledger,
                const analytics::SupervisionStore &store) -> Result<SurveillanceSnapshot> {
            return SurveillanceReads::snapshot(store, ledger.state(), query);
        },
        std::move(done));
}

void Session::loadAlerts(const SurveillanceQuery &query, QObject *context,
                         Callback<Result<QList<OutbreakAlert>>> done)
{
    withSupervisionStore<QList<OutbreakAlert>>(
        context,
        [query](const chain::Ledger &, const analytics::SupervisionStore &store)
            -> Result<QList<OutbreakAlert>> { return SurveillanceReads::alerts(store, query); },
        std::move(done));
}

void Session::loadFindings(const SurveillanceQuery &query, QObject *context,
                           Callback<Result<QList<SupervisionFinding>>> done)
{
    withSupervisionStore<QList<SupervisionFinding>>(
        context,
        [query](const chain::Ledger &ledger,
                const analytics::SupervisionStore &store) -> Result<QList<SupervisionFinding>> {
            return SurveillanceReads::findings(store, ledger.state(), query);
        },
        std::move(done));
}

void Session::loadTrail(const Hash &transaction, QObject *context,
                        Callback<Result<RecordTrail>> done)
{
    withSupervisionStore<RecordTrail>(
        context,
        [transaction](const chain::Ledger &ledger, const analytics::SupervisionStore &store) {
            return TrailReads::trail(ledger, store, transaction);
        },
        std::move(done));
}

void Session::loadStaff(QObject *context, Callback<QList<Party>> done)
{
    readInto<QList<Party>>(
        context,
        [me = identity()](const chain::Ledger &ledger) {
            QList<Party> staff;
            PartyNames parties(ledger.state());
            // Patients the desk registered are enrolled by it too, but are not its staff.
            for (const chain::IdentityInfo &info : ledger.state().identitiesEnrolledBy(me))
                if (info.role == chain::Role::Practitioner || info.role == chain::Role::Node)
                    staff.append(parties(info.id));
            return staff;
        },
        std::move(done));
}

void Session::loadNetworkHealth(QObject *context, Callback<NetworkHealth> done)
{
    // The peers come from the node's thread first; the replica is read after them.
    m_node.peers(
        this,
        [this, context = QPointer<QObject>(context),
         done = std::move(done)](const QList<node::PeerInfo> &peers) mutable {
            if (!context)
                return;
            readInto<NetworkHealth>(
                context,
                [peers](const chain::Ledger &ledger) { return AdminReads::health(ledger, peers); },
                std::move(done));
        });
}

void Session::loadAdministration(QObject *context, Callback<AdminDirectory> done)
{
    readInto<AdminDirectory>(
        context,
        [me = identity()](const chain::Ledger &ledger) {
            return AdminReads::directory(ledger, me);
        },
        std::move(done));
}

} // namespace medchain::client
