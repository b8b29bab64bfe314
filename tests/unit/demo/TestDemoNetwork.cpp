// DemoNetwork on a small hand-written scenario: every event becomes a committed transaction,
// the replica verifies, readers can open what they were granted (and nothing after a revoke),
// the emergency read is flagged, the wallet's books come out as the scenario implies (fees,
// subsidies up to a cap and an empty pool, the fund), a scenario the chain would refuse is
// refused before the node sees it, and the same seed gives the same identities. The demo's
// node folders are TestDemoNodes'.
#include "chain/ReplicaVerifier.h"
#include "chain/Transaction.h"
#include "common/Startup.h"
#include "demo/DemoKeys.h"
#include "demo/DemoNetwork.h"
#include "demo/WalletBook.h"
#include "identity/IdentityTx.h"
#include "node/DataDir.h"
#include "records/RecordAccess.h"
#include "records/RecordTx.h"
#include "wallet/WalletTx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::demo;

#include "SmallScenario.h"

using namespace medchain::demo::testing;

class TestDemoNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void everyEventIsCommittedAndReadable()
    {
        QTemporaryDir dir;
        const Scenario scenario = smallScenario();
        const auto cheap = crypto::Argon2Params::fastInsecureForTests();
        const auto summary = DemoNetwork::create(dir.path(), scenario, passphrase(), cheap);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->transactions, kScenarioTransactions);
        QCOMPARE(summary->records, 9);
        QCOMPARE(summary->identities.size(), 7);
        QCOMPARE(summary->identities.last().role, QStringLiteral("fund-manager"));

        QFile json(dir.filePath(QStringLiteral("identities.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject listed = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(listed.value(QStringLiteral("tipHash")).toString(), summary->tipHash);
        QCOMPARE(listed.value(QStringLiteral("identities")).toArray().size(), 7);

        const node::DataDir data(dir.filePath(summary->nodeFolders.first()));
        auto ledger = data.openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        QTemporaryDir scratch;
        const auto verified = chain::ReplicaVerifier::verify(*ledger.value(), scratch.path());
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        QCOMPARE(verified->transactions, summary->transactions);

        const DemoKeys keys(scenario.options.seed);
        const auto patient0 = keys.keys(DemoKeys::Kind::Patient, 0);
        const auto receipts = ledger.value()->state().receiptsForPatient(patient0.id());
        QCOMPARE(receipts.size(), 3);
        const auto doctor2 = keys.keys(DemoKeys::Kind::Practitioner, 2);
        int emergencies = 0;
        for (const auto &receipt : receipts)
            if (receipt.emergency) {
                ++emergencies;
                QCOMPARE(receipt.reader, doctor2.id());
            }
        QCOMPARE(emergencies, 1);

        // The grantee reads the confirmed amendment; so does the emergency reader, with the key
        // the hospital shared from custody; after the revoke, the new record is closed to the
        // former grantee but open to its patient.
        const QList<chain::Hash> ids = idsOf<records::AddRecord>(*ledger.value());
        QCOMPARE(ids.size(), 9);
        const auto doctor1 = keys.keys(DemoKeys::Kind::Practitioner, 1);
        const auto opened = records::RecordAccess::open(*ledger.value(), ids[0], doctor1.id(),
                                                        doctor1.encryption);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->content.diagnoses.first().icd10, QStringLiteral("J11.1"));
        QVERIFY(opened->content.notes.startsWith(QStringLiteral("更正诊断")));
        QVERIFY(
            records::RecordAccess::open(*ledger.value(), ids[0], doctor2.id(), doctor2.encryption)
                .ok());
        QVERIFY(
            !records::RecordAccess::open(*ledger.value(), ids[5], doctor1.id(), doctor1.encryption)
                 .ok());
        QVERIFY(
            records::RecordAccess::open(*ledger.value(), ids[5], patient0.id(), patient0.encryption)
                .ok());
        // The late grant's shares open the grantee's way to the patient's earlier records.
        QVERIFY(
            records::RecordAccess::open(*ledger.value(), ids[4], doctor1.id(), doctor1.encryption)
                .ok());
        // The rejected amendment left the record as it was.
        const auto patient1 = keys.keys(DemoKeys::Kind::Patient, 1);
        const auto kept = records::RecordAccess::open(*ledger.value(), ids[2], patient1.id(),
                                                      patient1.encryption);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept->version, ids[2]);
    }

    void walletBooksAreWhatTheScenarioImplies()
    {
        QTemporaryDir dir;
        const Scenario scenario = smallScenario();
        const auto summary = DemoNetwork::create(dir.path(), scenario, passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const node::DataDir data(dir.filePath(summary->nodeFolders.first()));
        auto ledger = data.openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        const chain::LedgerState &state = ledger.value()->state();
        const DemoKeys keys(scenario.options.seed);
        const auto idOf
            = [&](DemoKeys::Kind kind, int index) { return keys.keys(kind, index).id(); };
        const auto p0 = idOf(DemoKeys::Kind::Patient, 0);
        const auto p1 = idOf(DemoKeys::Kind::Patient, 1);
        const auto balanceOf
            = [&](const chain::IdentityId &id) { return state.balance(wallet::accountOf(id)); };

        // The books balance: ¥6,560 came in at the gateway, ¥65 went out.
        const auto audit = state.auditWallet();
        QVERIFY2(audit.ok(), qPrintable(audit.error()));
        QVERIFY(audit->conserved());
        QCOMPARE(audit->deposits, 656'000);
        QCOMPARE(audit->withdrawals, 6'500);

        // Patient 0: ¥100 and ¥5,000 in, the first visit's ¥15, ¥5,000 into the fund, two
        // stipends of ¥200 and ¥1,000 out of the fund.
        QCOMPARE(balanceOf(p0), 10'000 - 1'500 + 500'000 - 500'000 + 20'000 + 100'000 + 20'000);
        QList<chain::EntryKind> kinds;
        for (const chain::EntryInfo &entry : state.statement(wallet::accountOf(p0)))
            kinds.append(entry.kind);
        using E = chain::EntryKind;
        QCOMPARE(kinds,
                 QList<E>({E::Deposit, E::Invoice, E::Deposit, E::Subscription, E::Subsidy,
                           E::Redemption, E::Subsidy}));
        // Patient 1: ¥50 in, a ¥20 online consultation, ¥30 and then ¥20 (the cap) of
        // assistance, ¥30 out.
        QCOMPARE(balanceOf(p1), 5'000 - 2'000 + 3'000 + 2'000 - 3'000);
        QCOMPARE(balanceOf(idOf(DemoKeys::Kind::Patient, 2)), 0);
        // The hospital took out all its fees; the sponsor spent all it paid in; the fund
        // manager paid two days' yield of 30 fen.
        QCOMPARE(balanceOf(idOf(DemoKeys::Kind::Institution, 0)), 0);
        QCOMPARE(balanceOf(idOf(DemoKeys::Kind::Institution, 3)), 0);
        QCOMPARE(balanceOf(idOf(DemoKeys::Kind::Institution, 4)), 1'000 - 30 - 30);
        QCOMPARE(balanceOf(idOf(DemoKeys::Kind::Authority, 0)), 100'000 - 50'000);

        // Fees: paid, open, cancelled, each for its visit.
        const QList<chain::Hash> records = idsOf<records::AddRecord>(*ledger.value());
        QCOMPARE(records.size(), 9);
        const QList<chain::InvoiceInfo> bills = state.invoicesFor(p0);
        QCOMPARE(bills.size(), 3);
        for (const chain::InvoiceInfo &bill : bills) {
            if (bill.feeType == Fee::RecordManagement) {
                QCOMPARE(bill.status, chain::InvoiceStatus::Open);
                QCOMPARE(bill.encounter, records[0]);
            } else if (bill.encounter == records[0]) {
                QCOMPARE(bill.status, chain::InvoiceStatus::Paid);
                QCOMPARE(bill.amount, 1'500);
            } else {
                QCOMPARE(bill.encounter, records[1]);
                QCOMPARE(bill.status, chain::InvoiceStatus::Cancelled);
                QCOMPARE(bill.institution, idOf(DemoKeys::Kind::Institution, 1));
            }
        }
        const QList<chain::InvoiceInfo> online = state.invoicesFor(p1);
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().feeType, Fee::OnlineConsultation);
        QCOMPARE(online.first().status, chain::InvoiceStatus::Paid);
        QCOMPARE(online.first().encounter, records[2]);

        // Subsidies: the trial pays each of patient 0's visits after enrolment until its pool,
        // topped up once, is empty; the assistance pays patient 1's claimed visits up to its cap.
        const QList<chain::Hash> programs = idsOf<wallet::CreateProgram>(*ledger.value());
        QCOMPARE(programs.size(), 2);
        using S = chain::SubsidyStatus;
        const QList<chain::SubsidyInfo> stipends = state.subsidiesFor(p0);
        QCOMPARE(stipends.size(), 3);
        const QList<std::tuple<chain::Hash, wallet::Amount, S>> expectedStipends {
            {records[1], 20'000, S::Paid},
            {records[5], 20'000, S::Paid},
            {records[6], 0, S::PoolExhausted}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(stipends[i].program, programs[1]);
            QCOMPARE(stipends[i].record, std::get<0>(expectedStipends[i]));
            QCOMPARE(stipends[i].amount, std::get<1>(expectedStipends[i]));
            QCOMPARE(stipends[i].status, std::get<2>(expectedStipends[i]));
        }
        const QList<chain::SubsidyInfo> assistance = state.subsidiesFor(p1);
        QCOMPARE(assistance.size(), 2);
        QCOMPARE(assistance[0].record, records[7]);
        QCOMPARE(assistance[0].amount, 3'000);
        QCOMPARE(assistance[0].status, S::Paid);
        QCOMPARE(assistance[1].record, records[8]);
        QCOMPARE(assistance[1].amount, 2'000);
        QCOMPARE(assistance[1].status, S::CapReached);
        QCOMPARE(state.balance(programs[0]), 50'000 - 3'000 - 2'000);
        QCOMPARE(state.balance(programs[1]), 0);

        // The fund: ¥5,000 bought 10,000 shares a fen; two yields of 30 fen; ¥1,000 redeemed
        // burned the shares it was worth, rounded up.
        const QList<chain::Hash> funds = idsOf<wallet::CreateFund>(*ledger.value());
        QCOMPARE(funds.size(), 1);
        const QList<chain::YieldInfo> yields = state.yields(funds.first());
        QCOMPARE(yields.size(), 2);
        QCOMPARE(yields[0].amount, 30);
        QCOMPARE(yields[1].amount, 30);
        QCOMPARE(state.balance(funds.first()), 500'000 + 60 - 100'000);
        const qint64 shares = 500'000LL * 10'000;
        const qint64 burned = (100'000LL * shares + 500'060 - 1) / 500'060;
        QCOMPARE(state.holding(funds.first(), p0), shares - burned);

        // The demo's own books agree, and say so in its summary.
        const WalletBook::Counts &counts = summary->wallet;
        QCOMPARE(counts.deposits, 6);
        QCOMPARE(counts.withdrawals, 2);
        QCOMPARE(counts.invoices, 4);
        QCOMPARE(counts.invoicesPaid, 2);
        QCOMPARE(counts.invoicesCancelled, 1);
        QCOMPARE(counts.enrolments, 2);
        QCOMPARE(counts.subsidies, 5);
        QCOMPARE(counts.subsidiesPoolExhausted, 1);
        QCOMPARE(counts.subsidiesCapReached, 1);
        QCOMPARE(counts.subscriptions, 1);
        QCOMPARE(counts.redemptions, 1);
        QCOMPARE(counts.yields, 2);
    }

    void aScenarioTheChainWouldRefuseStopsBeforeTheNode()
    {
        // Patient 1 pays in too little for the online consultation: the demo names the event
        // rather than sending a transaction the node would refuse.
        Scenario scenario = smallScenario();
        int payment = -1;
        for (int i = 0; i < scenario.events.size(); ++i)
            if (auto *p = std::get_if<PaymentEvent>(&scenario.events[i].what);
                p && p->account == patient(1) && p->kind == PaymentEvent::Kind::Deposit) {
                p->amount = 1'000;
                payment = i;
            }
        QVERIFY(payment > 0);
        QTemporaryDir dir;
        const auto refused = DemoNetwork::create(dir.path(), scenario, passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("balance is too low")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("event %1").arg(payment + 1)),
                 qPrintable(refused.error()));
    }

    void sameSeedSameIdentities()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QTemporaryDir c;
        Scenario scenario = smallScenario();
        const auto cheap = crypto::Argon2Params::fastInsecureForTests();
        const auto first = DemoNetwork::create(a.path(), scenario, passphrase(), cheap);
        const auto second = DemoNetwork::create(b.path(), scenario, passphrase(), cheap);
        QVERIFY(first.ok() && second.ok());
        for (int i = 0; i < first->identities.size(); ++i)
            QCOMPARE(first->identities[i].identity, second->identities[i].identity);
        scenario.options.seed = 8;
        const auto other = DemoNetwork::create(c.path(), scenario, passphrase(), cheap);
        QVERIFY(other.ok());
        QVERIFY(other->identities.first().identity != first->identities.first().identity);
    }

    void refusesAFolderInUse()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        const auto refused = DemoNetwork::create(dir.path(), smallScenario(), passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("not empty")), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "TestDemoNetwork.moc"
