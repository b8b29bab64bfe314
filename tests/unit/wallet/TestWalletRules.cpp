// The wallet's rules one by one: who may move money, what each refusal says, that subsidies pay
// in the record's own block, that the fund's yield reaches its holders, and that a replica whose
// books do not balance stops.
#include "WalletFixture.h"

#include "common/Startup.h"
#include "node/Node.h"
#include "storage/Database.h"
#include "wallet/WalletRules.h"

#include <QSignalSpy>

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;
using wallet::Amount;

namespace {
constexpr qint64 kDayMs = 86'400'000;

Hash txHash(const QByteArray &tx)
{
    return crypto::sha256(tx);
}

wallet::CreateProgram assistance(Amount perEvent, Amount cap, Amount funding)
{
    return {QStringLiteral("城乡医疗救助"),
            std::nullopt,
            {QStringLiteral("E11")},
            perEvent,
            cap,
            funding};
}
} // namespace

class TestWalletRules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void depositsComeOnlyThroughAGateway()
    {
        WalletFixture f;
        QCOMPARE(f.submit(f.deposit(f.patient.id(), 50'000)), QString());
        QCOMPARE(f.balance(f.patient), 50'000);

        const QString reference = QStringLiteral("ALIPAY-0001");
        QCOMPARE(f.submit(f.sign(f.gateway.keys.signing,
                                 wallet::Deposit {f.patient.id(), 100, reference})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.gateway.keys.signing,
                                 wallet::Deposit {f.other.id(), 100, reference})),
                 errors::exists());
        // A hospital cannot create money.
        QCOMPARE(f.submit(f.sign(f.hospital.keys.signing,
                                 wallet::Deposit {f.patient.id(), 100, QStringLiteral("H-1")})),
                 errors::notAuthorised());
        IdentityId nobody;
        nobody.bytes.fill(9);
        QCOMPARE(f.submit(f.sign(f.gateway.keys.signing,
                                 wallet::Deposit {nobody, 100, QStringLiteral("X-1")})),
                 errors::unknown());
        // Zero is not an amount: the body does not even decode.
        QCOMPARE(f.submit(f.sign(f.gateway.keys.signing,
                                 wallet::Deposit {f.patient.id(), 0, QStringLiteral("Z-1")})),
                 errors::invalid());
        QCOMPARE(f.balance(f.patient), 50'100);
        QCOMPARE(f.balance(f.other), 0);

        const auto entries = f.ledger->state().statement(f.account(f.patient));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].kind, EntryKind::Deposit);
        QCOMPARE(entries[1].delta, 100);
        QCOMPARE(entries[1].balance, 50'100);
        QCOMPARE(entries[1].counterparty, f.account(f.gateway));
        QCOMPARE(QString::fromUtf8(entries[1].subject), reference);
        QVERIFY(entries[1].time > ChainFixture::kStart);
    }

    void withdrawalsNeedTheMoneyAndAGateway()
    {
        WalletFixture f;
        f.fund(f.patient, 10'000);
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 10'001, QStringLiteral("W-1")})),
                 errors::funds());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.hospital.id(), 100, QStringLiteral("W-1")})),
                 errors::unknown());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 4'000, QStringLiteral("W-1")})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 1, QStringLiteral("W-1")})),
                 errors::exists());
        QCOMPARE(f.balance(f.patient), 6'000);

        const auto audit = f.ledger->state().auditWallet();
        QVERIFY(audit.ok());
        QCOMPARE(audit->deposits, 10'000);
        QCOMPARE(audit->withdrawals, 4'000);
        QCOMPARE(audit->balances, 6'000);
        QVERIFY(audit->conserved());
    }

    void aHolderCannotTakeAnotherPaymentsReference()
    {
        WalletFixture f;
        f.fund(f.patient, 1'000);
        f.fund(f.other, 1'000);
        // The patient quotes a number the gateway will give a deposit, and one of another's.
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 10, QStringLiteral("PAY-9")})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 10, QStringLiteral("OUT-1")})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.gateway.keys.signing,
                                 wallet::Deposit {f.other.id(), 500, QStringLiteral("PAY-9")})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.other.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 10, QStringLiteral("OUT-1")})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing,
                                 wallet::Withdraw {f.gateway.id(), 10, QStringLiteral("OUT-1")})),
                 errors::exists());
        QCOMPARE(f.balance(f.patient), 980);
        QCOMPARE(f.balance(f.other), 1'490);
    }

    void anInvoiceIsPaidOnceByItsPatient()
    {
        WalletFixture f;
        const QByteArray visit = f.sign(f.doctor.keys.signing, f.visit(f.patient));
        f.accept(visit);
        const QByteArray issue
            = f.sign(f.hospital.keys.signing,
                     wallet::IssueInvoice {f.patient.id(), wallet::FeeType::Registration, 2'000,
                                           txHash(visit)});
        f.accept(issue);
        const Hash invoice = txHash(issue);
        // Only a hospital or clinic bills; only for its own record of that patient.
        QCOMPARE(
            f.submit(f.sign(f.gateway.keys.signing,
                            wallet::IssueInvoice {f.patient.id(), wallet::FeeType::Registration,
                                                  2'000, std::nullopt})),
            errors::notAuthorised());
        QCOMPARE(
            f.submit(f.sign(f.hospital.keys.signing,
                            wallet::IssueInvoice {f.other.id(), wallet::FeeType::OnlineConsultation,
                                                  500, txHash(visit)})),
            errors::invalid());

        const QByteArray pay = f.sign(f.patient.keys.signing, wallet::PayInvoice {invoice});
        QCOMPARE(f.submit(pay), errors::funds());
        f.fund(f.patient, 5'000);
        QCOMPARE(f.submit(f.sign(f.other.keys.signing, wallet::PayInvoice {invoice})),
                 errors::notAuthorised());
        const QByteArray payAgain = f.sign(f.patient.keys.signing, wallet::PayInvoice {invoice});
        QCOMPARE(f.submit(payAgain), QString());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::PayInvoice {invoice})),
                 errors::state());
        QCOMPARE(f.submit(f.sign(f.hospital.keys.signing, wallet::CancelInvoice {invoice})),
                 errors::state());
        QCOMPARE(f.balance(f.patient), 3'000);
        QCOMPARE(f.balance(f.hospital), 2'000);

        const auto stored = f.ledger->state().invoice(invoice);
        QCOMPARE(stored->status, InvoiceStatus::Paid);
        QCOMPARE(stored->settlement.value(), txHash(payAgain));
        QCOMPARE(stored->encounter.value(), txHash(visit)); // the receipt links to the encounter
        const auto entries = f.ledger->state().statement(f.account(f.patient));
        QCOMPARE(entries.last().kind, EntryKind::Invoice);
        QCOMPARE(entries.last().delta, -2'000);
        QCOMPARE(entries.last().subject, bytesOf(invoice).toByteArray());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::PayInvoice {txHash("nothing")})),
                 errors::unknown());
    }

    void aCancelledInvoiceCannotBePaid()
    {
        WalletFixture f;
        f.fund(f.patient, 5'000);
        const QByteArray issue
            = f.sign(f.hospital.keys.signing,
                     wallet::IssueInvoice {f.patient.id(), wallet::FeeType::RecordManagement, 1'000,
                                           std::nullopt});
        f.accept(issue);
        QCOMPARE(f.submit(f.sign(f.sponsor.keys.signing, wallet::CancelInvoice {txHash(issue)})),
                 errors::notAuthorised());
        QCOMPARE(f.submit(f.sign(f.hospital.keys.signing, wallet::CancelInvoice {txHash(issue)})),
                 QString());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::PayInvoice {txHash(issue)})),
                 errors::state());
        QCOMPARE(f.balance(f.patient), 5'000);
        QCOMPARE(f.ledger->state().invoicesFor(f.patient.id()).first().status,
                 InvoiceStatus::Cancelled);
    }

    void aClaimedRecordPaysTheSubsidyInItsOwnBlock()
    {
        WalletFixture f;
        QCOMPARE(f.submit(f.sign(f.hospital.keys.signing, assistance(5'000, 8'000, 0))),
                 errors::notAuthorised());
        QCOMPARE(f.submit(f.sign(f.network.authority.signing, assistance(5'000, 8'000, 1))),
                 errors::funds());
        f.fundAuthority(100'000);
        const QByteArray create
            = f.sign(f.network.authority.signing, assistance(5'000, 8'000, 100'000));
        f.accept(create);
        const Hash program = txHash(create);
        QCOMPARE(f.balanceOf(program), 100'000);
        QCOMPARE(f.ledger->state().balance(wallet::accountOf(f.network.authority.id())), 0);
        QCOMPARE(f.submit(f.sign(f.sponsor.keys.signing,
                                 wallet::EnrollBeneficiary {program, f.patient.id()})),
                 errors::notAuthorised());
        f.accept(f.sign(f.network.authority.signing,
                        wallet::EnrollBeneficiary {program, f.patient.id()}));
        QCOMPARE(f.submit(f.sign(f.network.authority.signing,
                                 wallet::EnrollBeneficiary {program, f.patient.id()})),
                 errors::exists());

        // Unclaimed: the chain cannot see the diagnosis, so nothing is paid.
        f.accept(f.sign(f.doctor.keys.signing, f.visit(f.patient)));
        QCOMPARE(f.balance(f.patient), 0);
        // Claimed: paid in the same block as the record.
        const QByteArray claimed = f.sign(f.doctor.keys.signing, f.visit(f.patient, {program}));
        f.accept(claimed);
        QCOMPARE(f.balance(f.patient), 5'000);
        // The second claim reaches the cap of 80.00: 30.00 paid, and the row says why.
        f.accept(f.sign(f.doctor.keys.signing, f.visit(f.patient, {program})));
        f.accept(f.sign(f.doctor.keys.signing, f.visit(f.patient, {program})));
        QCOMPARE(f.balance(f.patient), 8'000);
        QCOMPARE(f.balanceOf(program), 92'000);

        const auto subsidies = f.ledger->state().subsidiesFor(f.patient.id());
        QCOMPARE(subsidies.size(), 3);
        QCOMPARE(subsidies[0].record, txHash(claimed));
        QCOMPARE(subsidies[0].amount, 5'000);
        QCOMPARE(subsidies[0].status, SubsidyStatus::Paid);
        QCOMPARE(subsidies[1].amount, 3'000);
        QCOMPARE(subsidies[1].status, SubsidyStatus::CapReached);
        QCOMPARE(subsidies[2].amount, 0);
        QCOMPARE(subsidies[2].status, SubsidyStatus::CapReached);
        const auto entries = f.ledger->state().statement(f.account(f.patient));
        QCOMPARE(entries.first().kind, EntryKind::Subsidy);
        QCOMPARE(entries.first().counterparty, program);
        QCOMPARE(entries.first().subject, bytesOf(txHash(claimed)).toByteArray());
        QCOMPARE(entries.first().height, f.ledger->locate(txHash(claimed))->first);

        // A claim must name a program with a diagnosis rule.
        QCOMPARE(f.submit(f.sign(f.doctor.keys.signing, f.visit(f.other, {txHash("none")}))),
                 errors::unknown());
        // A patient who is not enrolled gets nothing, and the record still goes in.
        QCOMPARE(f.submit(f.sign(f.doctor.keys.signing, f.visit(f.other, {program}))), QString());
        QCOMPARE(f.balance(f.other), 0);
        QVERIFY(f.ledger->state().subsidiesFor(f.other.id()).isEmpty());
    }

    void anExhaustedPoolPaysNothingAndSaysSo()
    {
        WalletFixture f;
        f.fund(f.sponsor, 7'000);
        const wallet::CreateProgram stipend {
            QStringLiteral("Trial stipend"), RecordCategory::Laboratory, {}, 3'000, 0, 7'000};
        const QByteArray create = f.sign(f.sponsor.keys.signing, stipend);
        f.accept(create);
        const Hash program = txHash(create);
        f.accept(
            f.sign(f.sponsor.keys.signing, wallet::EnrollBeneficiary {program, f.patient.id()}));
        // A program without codes takes no claims, and pays only its category.
        QCOMPARE(f.submit(f.sign(f.doctor.keys.signing,
                                 f.visit(f.patient, {program}, RecordCategory::Laboratory))),
                 errors::invalid());
        f.accept(f.sign(f.doctor.keys.signing, f.visit(f.patient)));
        QCOMPARE(f.balance(f.patient), 0);
        for (int i = 0; i < 4; ++i)
            f.accept(
                f.sign(f.doctor.keys.signing, f.visit(f.patient, {}, RecordCategory::Laboratory)));
        QCOMPARE(f.balance(f.patient), 7'000);
        QCOMPARE(f.balanceOf(program), 0);
        const auto subsidies = f.ledger->state().subsidiesFor(f.patient.id());
        QCOMPARE(subsidies.size(), 4);
        QCOMPARE(subsidies[2].amount, 1'000);
        QCOMPARE(subsidies[2].status, SubsidyStatus::PoolExhausted);
        QCOMPARE(subsidies[3].amount, 0);
        QCOMPARE(subsidies[3].status, SubsidyStatus::PoolExhausted);

        // Topped up, it pays again.
        f.fund(f.sponsor, 3'000);
        QCOMPARE(f.submit(f.sign(f.hospital.keys.signing, wallet::FundProgram {program, 3'000})),
                 errors::notAuthorised());
        f.accept(f.sign(f.sponsor.keys.signing, wallet::FundProgram {program, 3'000}));
        f.accept(f.sign(f.doctor.keys.signing, f.visit(f.patient, {}, RecordCategory::Laboratory)));
        QCOMPARE(f.balance(f.patient), 10'000);
    }

    void theFundsYieldAccruesToItsHolders()
    {
        WalletFixture f;
        QCOMPARE(
            f.submit(f.sign(f.hospital.keys.signing, wallet::CreateFund {QStringLiteral("X")})),
            errors::notAuthorised());
        const QByteArray create
            = f.sign(f.fundManager.keys.signing, wallet::CreateFund {QStringLiteral("医保宝")});
        f.accept(create);
        const Hash fund = txHash(create);
        f.fund(f.patient, 100'000);
        f.fund(f.other, 300'000);
        f.fund(f.fundManager, 1'000);
        f.accept(f.sign(f.patient.keys.signing, wallet::Subscribe {fund, 100'000}));
        f.accept(f.sign(f.other.keys.signing, wallet::Subscribe {fund, 300'000}));
        QCOMPARE(f.ledger->state().holding(fund, f.patient.id()), 100'000 * wallet::SharesPerFen);

        const qint64 today = f.now() / kDayMs;
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::PublishYield {fund, today, 1})),
                 errors::notAuthorised());
        QCOMPARE(f.submit(f.sign(f.fundManager.keys.signing,
                                 wallet::PublishYield {fund, today + 1, 1'000})),
                 errors::invalid());
        // 0.1% of 4,000.00 yuan: 4.00 yuan from the issuer into the fund.
        QCOMPARE(f.submit(f.sign(f.fundManager.keys.signing,
                                 wallet::PublishYield {fund, today, 1'000'000})),
                 QString());
        QCOMPARE(
            f.submit(f.sign(f.fundManager.keys.signing, wallet::PublishYield {fund, today, 1'000})),
            errors::state());
        QCOMPARE(f.balance(f.fundManager), 600);
        QCOMPARE(f.balanceOf(fund), 400'400);
        const auto info = f.ledger->state().fund(fund).value();
        QCOMPARE(info.lastYieldDay, today);
        const Amount patientValue = wallet::valueOf(f.ledger->state().holding(fund, f.patient.id()),
                                                    f.balanceOf(fund), info.totalShares);
        const Amount otherValue = wallet::valueOf(f.ledger->state().holding(fund, f.other.id()),
                                                  f.balanceOf(fund), info.totalShares);
        QCOMPARE(patientValue, 100'100);
        QCOMPARE(otherValue, 300'300);

        // A holder can take out everything they hold, and not a fen more.
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::Redeem {fund, patientValue + 1})),
                 errors::funds());
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::Redeem {fund, patientValue})),
                 QString());
        QCOMPARE(f.balance(f.patient), 100'100);
        QCOMPARE(f.ledger->state().holding(fund, f.patient.id()), 0);
        const auto audit = f.ledger->state().auditWallet().value();
        QVERIFY(audit.conserved());
        QCOMPARE(audit.shareMismatches, 0);
        QCOMPARE(f.ledger->state().yields(fund).size(), 1);
    }

    void yieldsStartOnTheFundsFirstDay()
    {
        WalletFixture f;
        const QByteArray create
            = f.sign(f.fundManager.keys.signing, wallet::CreateFund {QStringLiteral("医保宝")});
        f.accept(create);
        f.fund(f.fundManager, 1'000'000);
        const qint64 today = f.now() / kDayMs;
        // Days before the fund existed would let an issuer compound without limit.
        QCOMPARE(f.submit(f.sign(f.fundManager.keys.signing,
                                 wallet::PublishYield {txHash(create), today - 1, 1'000})),
                 errors::state());
        QCOMPARE(f.submit(f.sign(f.fundManager.keys.signing,
                                 wallet::PublishYield {txHash(create), 0, 1'000})),
                 errors::state());
        QCOMPARE(f.submit(f.sign(f.fundManager.keys.signing,
                                 wallet::PublishYield {txHash(create), today, 1'000})),
                 QString());
    }

    void aFullRedemptionEmptiesTheFund()
    {
        WalletFixture f;
        const QByteArray create
            = f.sign(f.fundManager.keys.signing, wallet::CreateFund {QStringLiteral("医保宝")});
        f.accept(create);
        const Hash fund = txHash(create);
        f.fund(f.patient, 100'000);
        f.fund(f.fundManager, 100'000);
        f.accept(f.sign(f.patient.keys.signing, wallet::Subscribe {fund, 100'000}));
        f.accept(f.sign(f.fundManager.keys.signing,
                        wallet::PublishYield {fund, f.now() / kDayMs, 1'000'000}));
        const auto info = f.ledger->state().fund(fund).value();
        const Amount value = wallet::valueOf(f.ledger->state().holding(fund, f.patient.id()),
                                             f.balanceOf(fund), info.totalShares);
        QCOMPARE(value, 100'100);
        QCOMPARE(f.submit(f.sign(f.patient.keys.signing, wallet::Redeem {fund, value})), QString());
        QCOMPARE(f.ledger->state().fund(fund)->totalShares, 0);
        QCOMPARE(f.balanceOf(fund), 0);
        QCOMPARE(f.balance(f.patient), 100'100);
        // A non-holder gets nothing from an empty fund, nor from a full one.
        QCOMPARE(f.submit(f.sign(f.other.keys.signing, wallet::Redeem {fund, 1})), errors::funds());
        f.fund(f.other, 500);
        f.accept(f.sign(f.patient.keys.signing, wallet::Subscribe {fund, 50'000}));
        QCOMPARE(f.submit(f.sign(f.other.keys.signing, wallet::Redeem {fund, 1})), errors::funds());
        QCOMPARE(f.balance(f.other), 500);
    }

    void aYieldBeyondTheIssuersMeansIsRefused()
    {
        WalletFixture f;
        const QByteArray create
            = f.sign(f.fundManager.keys.signing, wallet::CreateFund {QStringLiteral("医保宝")});
        f.accept(create);
        f.fund(f.patient, 1'000'000);
        f.accept(f.sign(f.patient.keys.signing, wallet::Subscribe {txHash(create), 1'000'000}));
        QCOMPARE(f.submit(f.sign(f.fundManager.keys.signing,
                                 wallet::PublishYield {txHash(create), f.now() / kDayMs, 1'000})),
                 errors::funds());
    }

    void unbalancedBooksStopTheNode()
    {
        WalletFixture f;
        f.fund(f.patient, 10'000);
        // Someone with the replica's key edits a balance behind the rules' back.
        {
            auto db = storage::Database::open(f.dir.filePath(QStringLiteral("replica.db")), f.key,
                                              storage::OpenMode::ReadWrite)
                          .value();
            auto s
                = db.prepare("UPDATE accounts SET balance = balance + 500 WHERE id = ?1").value();
            s.bindBlob(1, bytesOf(f.account(f.patient)));
            QVERIFY(s.run().ok());
        }
        // The next block that touches the account does not add up: the node halts, loudly.
        const quint64 height = f.ledger->tip().height;
        const QByteArray withdraw = f.sign(
            f.patient.keys.signing, wallet::Withdraw {f.gateway.id(), 100, QStringLiteral("W-9")});
        {
            node::Node node(std::move(f.ledger),
                            crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value(),
                            [time = f.now()] { return time + 60'000; });
            QSignalSpy halted(&node, &node::Node::halted);
            QTest::ignoreMessage(QtCriticalMsg,
                                 QRegularExpression(QStringLiteral("conservation of money")));
            QVERIFY(node.submit(withdraw).ok());
            node.produceBlock();
            QCOMPARE(halted.count(), 1);
            QVERIFY(halted.first().first().toString().contains(QStringLiteral("conservation")));
            QCOMPARE(node.ledger().tip().height, height);
            QCOMPARE(node.ledger().state().balance(f.account(f.patient)), 10'500); // unchanged
        }
        // Opening the replica again audits the whole books and refuses.
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("do not balance")));
        const auto reopened
            = Ledger::open(f.dir.filePath(QStringLiteral("replica.db")), f.key, f.network.genesis);
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.errorCode(), QStringLiteral("conservation"));
    }
};

QTEST_GUILESS_MAIN(TestWalletRules)
#include "TestWalletRules.moc"
