// A session against a running node: the timeline streams in batches, and every patient action is
// signed, committed and visible afterwards — a grant's re-sealed keys open the records for the
// grantee, a revoke, a declined request, a confirmed amendment, a paid invoice. A refused action
// reports why and the next one still runs.
#include "DemoSession.h"

#include "chain/Evidence.h"
#include "client/PatientReads.h"
#include "common/Startup.h"
#include "node/DataDir.h"
#include "records/RecordAccess.h"

#include <QDateTime>

using namespace medchain;
using namespace medchain::client;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;

namespace {
constexpr qint64 kDayMs = 86'400'000;

// The small scenario plus what the patient still has to answer: an amendment of r5 and a
// request from the clinic's doctor.
void addOpenQuestions(demo::Scenario &scenario)
{
    scenario.events.append(at(
        116 * kDay,
        demo::AmendmentEvent {5, content(QStringLiteral("发热三天"), QStringLiteral("J06.9")),
                              QStringLiteral("更正诊断"), demo::AmendmentEvent::Answer::None, 0}));
    scenario.events.append(at(117 * kDay,
                              demo::RequestEvent {0, 2, QStringLiteral("复诊"), kStart + 200 * kDay,
                                                  demo::RequestEvent::Answer::None, 0}));
}
} // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>(addOpenQuestions);
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_session = m_network->login(QStringLiteral("patient"));
        QVERIFY(m_session);
        QCOMPARE(m_session->role(), chain::Role::Patient);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_network.reset();
    }

    void timelineArrivesInBatchesToTheEnd()
    {
        QList<RecordSummary> rows;
        int lastDone = -1;
        int total = -1;
        QObject context;
        m_session->loadTimeline(&context,
                                [&](const QList<RecordSummary> &batch, int done, int all) {
                                    rows.append(batch);
                                    lastDone = done;
                                    total = all;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(total >= 0 && lastDone == total, 30'000);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.last().amended);
        QVERIFY(rows.at(1).amendmentPending); // r5, the second newest
    }

    void aDestroyedContextGetsNoCallback()
    {
        bool called = false;
        {
            QObject context;
            m_session->loadConsent(&context, [&called](const ConsentSnapshot &) { called = true; });
        }
        // A later load on the same queue has answered, so the first one has been dropped.
        waitForLoad<ConsentSnapshot>(
            *m_session, [](Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
        QVERIFY(!called);
    }

    void grantSharesTheKeysThenRevokeEndsTheGrant()
    {
        const demo::DemoIdentity doctor = identityWithRole(QStringLiteral("doctor"));
        auto doctorKeys = identity::Keystore::unlock(m_network->keystorePath(doctor), passphrase());
        QVERIFY(doctorKeys.ok());
        // The scenario's doctor is 王芳, whose grant was revoked: she holds no key for r5.
        const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + 30 * kDayMs;
        const auto grant = m_session->grantAccess(doctorKeys->info.identity, {}, expiry);
        const auto [granted, why] = DemoSession::waitFor(*m_session, grant);
        QVERIFY2(granted, qPrintable(why));

        const ConsentSnapshot consent = loadConsent();
        const auto active = std::find_if(
            consent.grants.cbegin(), consent.grants.cend(),
            [&](const GrantEntry &g) { return g.activeAt(QDateTime::currentMSecsSinceEpoch()); });
        QVERIFY(active != consent.grants.cend());
        QCOMPARE(active->grantee.id, doctorKeys->info.identity);

        // Every record of the patient now opens with the doctor's key.
        auto ledger = node::DataDir(m_network->nodeFolder()).openLedgerReadOnly(passphrase());
        QVERIFY(ledger.ok());
        const auto records = ledger.value()->state().recordsForPatient(m_session->identity());
        QCOMPARE(records.size(), 4);
        for (const chain::RecordInfo &record : records) {
            const auto opened = records::RecordAccess::open(
                *ledger.value(), record.id, doctorKeys->info.identity, doctorKeys->keys.encryption);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
        }

        const auto revoke = m_session->revokeGrant(active->id);
        const auto [revoked, whyNot] = DemoSession::waitFor(*m_session, revoke);
        QVERIFY2(revoked, qPrintable(whyNot));
        const ConsentSnapshot after = loadConsent();
        const auto same = std::find_if(after.grants.cbegin(), after.grants.cend(),
                                       [&](const GrantEntry &g) { return g.id == active->id; });
        QVERIFY(same != after.grants.cend());
        QVERIFY(same->revoked);
    }

    void declineTheOpenRequest()
    {
        const ConsentSnapshot consent = loadConsent();
        QCOMPARE(consent.requests.size(), 1);
        QCOMPARE(consent.requests.first().state, RequestState::Pending);
        const auto [ok, why] = DemoSession::waitFor(
            *m_session, m_session->declineRequest(consent.requests.first().id));
        QVERIFY2(ok, qPrintable(why));
        QCOMPARE(loadConsent().requests.first().state, RequestState::Declined);
    }

    void aRefusedActionSaysWhyAndTheNextOneRuns()
    {
        const ConsentSnapshot consent = loadConsent();
        // The request was declined already: declining again is refused by the chain's rules.
        const auto again = m_session->declineRequest(consent.requests.first().id);
        const auto [ok, why] = DemoSession::waitFor(*m_session, again);
        QVERIFY(!ok);
        QVERIFY(!why.isEmpty());
        const auto amendments = loadPendingAmendments();
        QCOMPARE(amendments.size(), 1);
    }

    void confirmThePendingAmendment()
    {
        const QList<PendingAmendment> pending = loadPendingAmendments();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().before.diagnoses.first().icd10, QStringLiteral("J10.1"));
        QCOMPARE(pending.first().after.diagnoses.first().icd10, QStringLiteral("J06.9"));
        const auto [ok, why] = DemoSession::waitFor(
            *m_session, m_session->answerAmendment(pending.first().id, true));
        QVERIFY2(ok, qPrintable(why));
        QVERIFY(loadPendingAmendments().isEmpty());
        const auto detail = waitForLoad<Result<RecordDetail>>(
            *m_session, [id = pending.first().record](Session &s, QObject *c, auto done) {
                s.loadRecord(id, c, done);
            });
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->content.diagnoses.first().icd10, QStringLiteral("J06.9"));
        QCOMPARE(detail->amendments.last().state, AmendmentState::Confirmed);
    }

    void payTheOpenInvoice()
    {
        const WalletSnapshot before = loadWallet();
        QCOMPARE(before.invoices.first().status, chain::InvoiceStatus::Open);
        const InvoiceEntry invoice = before.invoices.first();
        const auto [ok, why] = DemoSession::waitFor(*m_session, m_session->payInvoice(invoice.id));
        QVERIFY2(ok, qPrintable(why));
        const WalletSnapshot after = loadWallet();
        QCOMPARE(after.balance, before.balance - invoice.amount);
        QCOMPARE(after.history.first().kind, chain::EntryKind::Invoice);
        QCOMPARE(after.history.first().delta, -invoice.amount);
        for (const InvoiceEntry &each : after.invoices)
            QVERIFY(each.status != chain::InvoiceStatus::Open);
    }

    void evidenceOfARecordVerifiesOffline()
    {
        const auto records = waitForTimeline();
        const auto bytes = waitForLoad<Result<QByteArray>>(
            *m_session, [id = records.first().id](Session &s, QObject *c, auto done) {
                s.loadEvidence(id, c, done);
            });
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        const auto bundle = chain::EvidenceBundle::decode(bytes.value());
        QVERIFY(bundle.ok());
        const auto report = bundle->verify();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->transaction, records.first().id);
    }

private:
    demo::DemoIdentity identityWithRole(const QString &role) const
    {
        for (const demo::DemoIdentity &who : m_network->summary().identities)
            if (who.role == role)
                return who;
        return {};
    }
    ConsentSnapshot loadConsent()
    {
        return waitForLoad<ConsentSnapshot>(
            *m_session, [](Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
    }
    QList<PendingAmendment> loadPendingAmendments()
    {
        return waitForLoad<QList<PendingAmendment>>(
            *m_session,
            [](Session &s, QObject *c, auto done) { s.loadPendingAmendments(c, done); });
    }
    WalletSnapshot loadWallet()
    {
        return waitForLoad<WalletSnapshot>(
            *m_session, [](Session &s, QObject *c, auto done) { s.loadWallet(c, done); });
    }
    QList<RecordSummary> waitForTimeline()
    {
        QList<RecordSummary> rows;
        bool done = false;
        QObject context;
        m_session->loadTimeline(&context, [&](const QList<RecordSummary> &batch, int d, int t) {
            rows.append(batch);
            done = d == t;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 30'000))
            qFatal("the timeline did not load");
        return rows;
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestSession)
#include "TestSession.moc"
