// DemoNetwork on a small hand-written scenario: every event becomes a committed transaction,
// the replica verifies, readers can open what they were granted (and nothing after a revoke),
// the emergency read is flagged, and the same seed gives the same identities.
#include "chain/ReplicaVerifier.h"
#include "chain/Transaction.h"
#include "common/Startup.h"
#include "demo/DemoKeys.h"
#include "demo/DemoNetwork.h"
#include "node/DataDir.h"
#include "records/RecordAccess.h"
#include "records/RecordTx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::demo;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kStart = 1'767'196'800'000; // 2026-01-01 00:00 China time (UTC+8)

crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>("medchain-demo"), 13});
}

records::RecordContent content(const QString &complaint, const QString &icd10)
{
    records::RecordContent c;
    c.chiefComplaint = complaint;
    c.diagnoses = {{icd10, QString()}};
    c.prescriptions = {{QStringLiteral("N02BE01"), QStringLiteral("对乙酰氨基酚"), 500'000,
                        QStringLiteral("tid"), 3}};
    c.fees = {{QStringLiteral("registration"), 1500}};
    return c;
}

Event at(qint64 offset, auto what)
{
    return Event {kStart + offset, what};
}

/// Three patients, two hospitals' doctors and a clinic's; grants, a revoke, requests (one
/// granted, one declined), amendments (one confirmed, one rejected), reads, an emergency.
Scenario smallScenario()
{
    Scenario s;
    s.options.seed = 7;
    s.options.startMs = kStart;
    s.options.days = 120;
    s.authorityName = QStringLiteral("安徽省卫生健康委员会");
    s.authorityNameEn = QStringLiteral("Anhui Provincial Health Commission");
    s.authorityRegion = QStringLiteral("340000");
    using K = chain::InstitutionKind;
    s.institutions
        = {{K::Hospital, QStringLiteral("合肥市第一人民医院"),
            QStringLiteral("Hefei First People's Hospital"), QStringLiteral("340103"), 3},
           {K::Clinic, QStringLiteral("蜀山区社区卫生服务中心"),
            QStringLiteral("Shushan Community Health Centre"), QStringLiteral("340104"), 1},
           {K::PaymentGateway, QStringLiteral("皖付通支付"), QStringLiteral("WanPay"),
            QStringLiteral("340104"), 0},
           {K::TrialSponsor, QStringLiteral("合肥临床研究中心"),
            QStringLiteral("Hefei Clinical Research"), QStringLiteral("340104"), 0}};
    s.practitioners = {{0, QStringLiteral("李伟"), QStringLiteral("110340000000001"),
                        QStringLiteral("Respiratory medicine")},
                       {0, QStringLiteral("王芳"), QStringLiteral("110340000000002"),
                        QStringLiteral("Cardiology")},
                       {1, QStringLiteral("张敏"), QStringLiteral("110340000000003"),
                        QStringLiteral("General practice")}};
    s.patients = {{QStringLiteral("陈静"), QStringLiteral("34010419800101002X"), 1980,
                   QStringLiteral("F"), QStringLiteral("340104"), 0},
                  {QStringLiteral("刘洋"), QStringLiteral("340103197505050031"), 1975,
                   QStringLiteral("M"), QStringLiteral("340103"), 0},
                  {QStringLiteral("Maria Schmidt"), QStringLiteral("340104199003030048"), 1990,
                   QStringLiteral("F"), QStringLiteral("340104"), 1}};
    using Cat = chain::RecordCategory;
    const auto flu = content(QStringLiteral("发热咳嗽三天"), QStringLiteral("J10.1"));
    AmendmentEvent confirm {
        0, content(QStringLiteral("发热咳嗽三天，伴咽痛"), QStringLiteral("J11.1")),
        QStringLiteral("更正诊断"), AmendmentEvent::Answer::Confirm, kStart + 7 * kDay};
    AmendmentEvent reject {2, flu, QStringLiteral("补充医嘱"), AmendmentEvent::Answer::Reject,
                           kStart + 41 * kDay};
    s.events = {
        at(1 * kHour, GrantEvent {0, 1, -1, {}, kStart + 200 * kDay, kStart + 100 * kDay}),
        at(2 * kHour, RecordEvent {0, 0, Cat::Encounter, kStart + 2 * kHour, flu}), // r0
        at(3 * kHour, ReadEvent {0, 1, -1, QStringLiteral("复诊"), false}),
        at(5 * kDay, RecordEvent {0, 2, Cat::Encounter, kStart + 5 * kDay, flu}), // r1
        at(6 * kDay, confirm), at(8 * kDay, ReadEvent {0, 1, -1, QStringLiteral("复诊"), false}),
        at(10 * kDay,
           RequestEvent {1, 2, QStringLiteral("转诊"), kStart + 100 * kDay,
                         RequestEvent::Answer::Grant, kStart + 11 * kDay}),
        at(12 * kDay, RecordEvent {1, 0, Cat::Encounter, kStart + 12 * kDay, flu}), // r2
        at(13 * kDay, ReadEvent {2, 2, -1, QStringLiteral("转诊"), false}),
        at(20 * kDay, EmergencyEvent {0, 2, QStringLiteral("患者昏迷送入急诊，需查既往病史")}),
        at(20 * kDay + kHour, ReadEvent {0, 2, -1, QStringLiteral("急诊抢救"), false}),
        at(30 * kDay, GrantEvent {2, -1, 1, {Cat::Laboratory}, kStart + 300 * kDay, 0}),
        at(31 * kDay, RecordEvent {2, 2, Cat::Laboratory, kStart + 31 * kDay, flu}), // r3
        at(40 * kDay, reject),
        at(50 * kDay,
           RequestEvent {2, 1, QStringLiteral("会诊"), kStart + 90 * kDay,
                         RequestEvent::Answer::Decline, kStart + 51 * kDay}),
        at(55 * kDay, RecordEvent {1, 2, Cat::Vaccination, kStart + 55 * kDay, flu}), // r4
        // A late grant carries the keys of both of the patient's records (in record order).
        at(60 * kDay, GrantEvent {1, 1, -1, {}, kStart + 300 * kDay, 0}),
        at(61 * kDay, ReadEvent {2, 1, -1, QStringLiteral("随访"), true}),
        at(110 * kDay, RecordEvent {0, 0, Cat::Encounter, kStart + 110 * kDay, flu}), // r5
    };
    s.cast = {0, 1, 0, 2, 3};
    return s;
}

/// The AddRecord transactions in chain order.
QList<chain::Hash> recordIds(const chain::Ledger &ledger)
{
    QList<chain::Hash> ids;
    for (quint64 h = 1; h <= ledger.tip().height; ++h) {
        const std::optional<chain::Block> block = ledger.block(h);
        for (const QByteArray &bytes : block->transactions)
            if (std::holds_alternative<records::AddRecord>(chain::Transaction::decode(bytes)->body))
                ids.append(crypto::sha256(bytes));
    }
    return ids;
}
} // namespace

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
        // 10 enrollments; 6 records; 2 proposals and 2 answers; 3 grants and 1 revoke; 2
        // requests and their 2 answers; 5 receipts; 1 emergency access and the key share its
        // reader needs (every other reader got the key with the record or the grant).
        QCOMPARE(summary->transactions, quint64(10 + 6 + 2 + 2 + 3 + 1 + 2 + 2 + 5 + 1 + 1));
        QCOMPARE(summary->records, 6);
        QCOMPARE(summary->identities.size(), 6);

        QFile json(dir.filePath(QStringLiteral("identities.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject listed = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(listed.value(QStringLiteral("tipHash")).toString(), summary->tipHash);
        QCOMPARE(listed.value(QStringLiteral("identities")).toArray().size(), 6);

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
        const QList<chain::Hash> ids = recordIds(*ledger.value());
        QCOMPARE(ids.size(), 6);
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
