// The patient's reads over the small demo network: the timeline decrypted and named, a record in
// full with its amendment and verified proof, consent with break-glass flagged, and the wallet
// with every subsidy and the holder's share of each fund yield.
#include "DemoSession.h"

#include "client/PatientReads.h"
#include "client/SessionActions.h"
#include "client/WalletReads.h"
#include "common/Startup.h"
#include "demo/DemoKeys.h"
#include "node/DataDir.h"

#include <QDateTime>

using namespace medchain;
using namespace medchain::client;
using demo::testing::passphrase;

class TestPatientReads : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<testing::DemoSession>();
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        auto ledger = node::DataDir(m_network->nodeFolder()).openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        m_ledger = std::move(ledger).value();
        const demo::DemoIdentity &who = m_network->summary().identities.at(1);
        QCOMPARE(who.role, QStringLiteral("patient"));
        auto unlocked = identity::Keystore::unlock(m_network->keystorePath(who), passphrase());
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
        m_patient = std::make_unique<identity::UnlockedIdentity>(std::move(unlocked).value());
    }

    void cleanupTestCase()
    {
        m_patient.reset();
        m_ledger.reset();
        m_network.reset();
    }

    void timelineIsNewestFirstDecryptedAndNamed()
    {
        PatientReads reads(*m_ledger, me(), m_patient->keys.encryption);
        const QList<chain::RecordInfo> index = reads.recordIndex();
        QCOMPARE(index.size(), 4); // r0, r1, r5, r6 of the scenario
        for (int i = 1; i < index.size(); ++i)
            QVERIFY(index[i - 1].encounterTime >= index[i].encounterTime);
        const RecordSummary oldest = reads.summarise(index.last());
        QVERIFY2(oldest.problem.isEmpty(), qPrintable(oldest.problem));
        // r0 was amended and the patient confirmed: the timeline shows the new diagnosis.
        QVERIFY(oldest.amended);
        QVERIFY(!oldest.amendmentPending);
        QCOMPARE(oldest.diagnoses, QStringList {QStringLiteral("J11.1")});
        QCOMPARE(oldest.chiefComplaint, QStringLiteral("发热咳嗽三天，伴咽痛"));
        QCOMPARE(oldest.author.name, QStringLiteral("李伟"));
        QCOMPARE(oldest.author.institution, QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(oldest.institution.name, QStringLiteral("合肥市第一人民医院"));
        const RecordSummary newest = reads.summarise(index.first());
        QVERIFY(!newest.amended);
        QCOMPARE(newest.diagnoses, QStringList {QStringLiteral("J10.1")});
    }

    void detailHasBothVersionsTheAmendmentAndAVerifiedProof()
    {
        PatientReads reads(*m_ledger, me(), m_patient->keys.encryption);
        const chain::RecordInfo r0 = reads.recordIndex().last();
        const auto detail = reads.detail(r0.id);
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->content.diagnoses.first().icd10, QStringLiteral("J11.1"));
        QVERIFY(detail->original.has_value());
        QCOMPARE(detail->original->diagnoses.first().icd10, QStringLiteral("J10.1"));
        QCOMPARE(detail->amendments.size(), 1);
        QCOMPARE(detail->amendments.first().state, AmendmentState::Confirmed);
        QVERIFY(detail->amendments.first().content.has_value());
        QCOMPARE(detail->amendments.first().content->diagnoses.first().icd10,
                 QStringLiteral("J11.1"));
        QVERIFY2(detail->proof.verified, qPrintable(detail->proof.problem));
        QCOMPARE(detail->proof.height, r0.height);
        QCOMPARE(detail->proof.signer, QStringLiteral("李伟"));
        QVERIFY(!detail->proof.validators.isEmpty());
    }

    void anotherPatientsRecordIsRefused()
    {
        PatientReads reads(*m_ledger, me(), m_patient->keys.encryption);
        const auto others = m_ledger->state().recordsForPatient(
            demo::DemoKeys(7).keys(demo::DemoKeys::Kind::Patient, 1).id());
        QVERIFY(!others.isEmpty());
        const auto refused = reads.detail(others.first().id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("unknown"));
    }

    void consentListsGrantsAndFlagsBreakGlass()
    {
        PatientReads reads(*m_ledger, me(), m_patient->keys.encryption);
        const ConsentSnapshot consent = reads.consent();
        QCOMPARE(consent.grants.size(), 1);
        QVERIFY(consent.grants.first().revoked);
        QCOMPARE(consent.grants.first().grantee.name, QStringLiteral("王芳"));
        QVERIFY(consent.requests.isEmpty());
        // Three receipts and the break-glass declaration, newest first.
        QCOMPARE(consent.accessLog.size(), 4);
        for (int i = 1; i < consent.accessLog.size(); ++i)
            QVERIFY(consent.accessLog[i - 1].time >= consent.accessLog[i].time);
        int emergencies = 0;
        for (const AccessEntry &entry : consent.accessLog) {
            if (!entry.emergency)
                continue;
            ++emergencies;
            QCOMPARE(entry.reader.name, QStringLiteral("张敏"));
        }
        QCOMPARE(emergencies, 2); // the declaration and the read under it
        const auto declaration = std::find_if(
            consent.accessLog.cbegin(), consent.accessLog.cend(),
            [](const AccessEntry &entry) { return entry.emergency && !entry.record; });
        QVERIFY(declaration != consent.accessLog.cend());
        QCOMPARE(declaration->purpose, QStringLiteral("患者昏迷送入急诊，需查既往病史"));
    }

    void directoryListsActiveCliniciansAndInstitutions()
    {
        PatientReads reads(*m_ledger, me(), m_patient->keys.encryption);
        const QList<Party> directory = reads.directory();
        QCOMPARE(directory.size(), 3 + 5); // practitioners and institutions of the scenario
        for (const Party &party : directory)
            QVERIFY(party.role == chain::Role::Practitioner
                    || party.role == chain::Role::Institution);
    }

    void aGrantCarriesEveryKeyInScopeSortedByRecord()
    {
        const auto doctor = demo::DemoKeys(7).keys(demo::DemoKeys::Kind::Practitioner, 2);
        const auto bodies = SessionActions::grant(m_patient->keys, doctor.id(), {},
                                                  QDateTime::currentMSecsSinceEpoch() + 86'400'000,
                                                  std::nullopt)(*m_ledger);
        QVERIFY2(bodies.ok(), qPrintable(bodies.error()));
        QCOMPARE(bodies->size(), 1);
        const auto *grant = std::get_if<consent::GrantAccess>(&bodies->first());
        QVERIFY(grant);
        // 张敏 wrote r1 and got r0's key under break-glass: r5 and r6 are shared, in the
        // encoding's order.
        QCOMPARE(grant->shares.size(), 2);
        QVERIFY(std::is_sorted(grant->shares.cbegin(), grant->shares.cend(),
                               [](const auto &a, const auto &b) { return a.record < b.record; }));
        const auto signedTransactions
            = SessionActions::sign(*m_ledger, m_patient->keys, bodies.value(), 0);
        QVERIFY(signedTransactions.ok());
        QVERIFY(chain::Transaction::decode(signedTransactions->first()).ok());
    }

    void walletLinesAddUpToTheBalance()
    {
        const WalletSnapshot wallet = WalletReads::snapshot(*m_ledger, me());
        QCOMPARE(wallet.balance, m_ledger->state().balance(wallet::accountOf(me())));
        QVERIFY(!wallet.history.isEmpty());
        QCOMPARE(wallet.history.first().balance, wallet.balance); // newest first
        wallet::Amount moved = 0;
        for (const WalletLine &line : wallet.history)
            if (!line.accrued)
                moved += line.delta;
        QCOMPARE(moved, wallet.balance);

        // The pool ran dry for r6: a subsidy line that paid nothing, saying why.
        const auto dry = std::find_if(
            wallet.history.cbegin(), wallet.history.cend(), [](const WalletLine &line) {
                return line.kind == chain::EntryKind::Subsidy && line.delta == 0;
            });
        QVERIFY(dry != wallet.history.cend());
        QCOMPARE(dry->subsidyStatus, chain::SubsidyStatus::PoolExhausted);
        QVERIFY(dry->recordTime > 0);

        // The patient is the fund's only holder: each yield accrues to them whole.
        QCOMPARE(wallet.funds.size(), 1);
        const auto yields = m_ledger->state().yields(wallet.funds.first().id);
        QCOMPARE(yields.size(), 2);
        wallet::Amount accrued = 0;
        wallet::Amount published = 0;
        for (const WalletLine &line : wallet.history)
            accrued += line.accrued ? line.delta : 0;
        for (const chain::YieldInfo &yield : yields)
            published += yield.amount;
        QVERIFY(published > 0);
        QCOMPARE(accrued, published);
        // Both yields fall in one month: the tab shows one line for them, the statement two.
        const auto accruedLines = [](const QList<WalletLine> &lines) {
            return std::count_if(lines.cbegin(), lines.cend(),
                                 [](const WalletLine &line) { return line.accrued; });
        };
        QCOMPARE(accruedLines(wallet.history), 1);
        QCOMPARE(accruedLines(WalletReads::history(*m_ledger, me())), 2);

        // Invoices: the open one first; fee types named.
        QCOMPARE(wallet.invoices.size(), 3);
        QCOMPARE(wallet.invoices.first().status, chain::InvoiceStatus::Open);
        QCOMPARE(wallet.invoices.first().amount, wallet::Amount(1000));
        QCOMPARE(wallet.gateways.size(), 1);
    }

private:
    const chain::IdentityId &me() const { return m_patient->info.identity; }

    std::unique_ptr<testing::DemoSession> m_network;
    std::unique_ptr<chain::Ledger> m_ledger;
    std::unique_ptr<identity::UnlockedIdentity> m_patient;
};

QTEST_GUILESS_MAIN(TestPatientReads)
#include "TestPatientReads.moc"
