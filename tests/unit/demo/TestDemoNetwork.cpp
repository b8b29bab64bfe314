// DemoNetwork on a small hand-written scenario: every event becomes a committed transaction,
// the replica verifies, readers can open what they were granted (and nothing after a revoke),
// the emergency read is flagged, the wallet's books come out as the scenario implies (fees,
// subsidies up to a cap and an empty pool, the fund), a scenario the chain would refuse is
// refused before the node sees it, and the same seed gives the same identities. With several
// nodes: every folder holds the same chain, each node's keystore opens and names an active
// node whose certificate chains to the root, the chain's validators are the validator nodes,
// and network.json and every node.json describe the same network.
#include "chain/ReplicaVerifier.h"
#include "chain/Transaction.h"
#include "common/Startup.h"
#include "crypto/CertificateChain.h"
#include "demo/DemoKeys.h"
#include "demo/DemoNetwork.h"
#include "demo/WalletBook.h"
#include "identity/IdentityRules.h"
#include "identity/IdentityTx.h"
#include "identity/Keystore.h"
#include "node/DataDir.h"
#include "records/RecordAccess.h"
#include "records/RecordTx.h"
#include "wallet/WalletTx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::demo;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
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

using Cat = chain::RecordCategory;
using Fee = wallet::FeeType;
const Account kAuthority {Account::Kind::Authority, 0};
Account patient(int p)
{
    return {Account::Kind::Patient, p};
}
Account institution(int i)
{
    return {Account::Kind::Institution, i};
}
Event deposit(qint64 offset, Account to, wallet::Amount amount, const char *reference)
{
    return at(
        offset,
        PaymentEvent {PaymentEvent::Kind::Deposit, to, amount, QString::fromLatin1(reference)});
}
Event withdrawal(qint64 offset, Account from, wallet::Amount amount, const char *reference)
{
    return at(offset,
              PaymentEvent {PaymentEvent::Kind::Withdrawal, from, amount,
                            QString::fromLatin1(reference)});
}
Event record(qint64 offset, int patientIndex, int author, Cat category,
             const records::RecordContent &c, QList<int> claims = {})
{
    return at(offset, RecordEvent {patientIndex, author, category, kStart + offset, c, claims});
}
/// When the scenario's fund publishes the yield of the day an event at `offset` is in.
Event yieldAt(qint64 offset)
{
    return at(offset, YieldEvent {0, (kStart + offset - kYieldDelayMs) / kDay, 60'000});
}

/// Three patients, two hospitals' doctors and a clinic's; grants, a revoke, requests (one
/// granted, one declined), amendments (one confirmed, one rejected), reads, an emergency. And the
/// wallet: top-ups, fees paid, left open and cancelled, the hospital's and a patient's
/// withdrawals, the authority's assistance (claimed, up to its cap), the sponsor's stipends
/// (topped up once, then run dry) and the fund (a subscription, two yields, a redemption).
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
            QStringLiteral("Hefei Clinical Research"), QStringLiteral("340104"), 0},
           {K::FundManager, QStringLiteral("皖融基金管理有限公司"),
            QStringLiteral("Wanrong Fund Management"), QStringLiteral("340103"), 0}};
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
    const auto flu = content(QStringLiteral("发热咳嗽三天"), QStringLiteral("J10.1"));
    const auto hypertension = content(QStringLiteral("头晕一周"), QStringLiteral("I10"));
    AmendmentEvent confirm {
        0, content(QStringLiteral("发热咳嗽三天，伴咽痛"), QStringLiteral("J11.1")),
        QStringLiteral("更正诊断"), AmendmentEvent::Answer::Confirm, kStart + 7 * kDay};
    AmendmentEvent reject {2, flu, QStringLiteral("补充医嘱"), AmendmentEvent::Answer::Reject,
                           kStart + 41 * kDay};
    using Pay = SettlementEvent::Kind;
    using Order = FundOrderEvent::Kind;
    s.events = {
        at(1 * kHour, GrantEvent {0, 1, -1, {}, kStart + 200 * kDay, kStart + 100 * kDay}),
        record(2 * kHour, 0, 0, Cat::Encounter, flu), // r0
        at(2 * kHour + 30 * kMinute, InvoiceEvent {0, 0, Fee::Registration, 1500, 0}), // i0
        deposit(2 * kHour + 40 * kMinute, patient(0), 10'000, "HT20260101000000048272"),
        at(2 * kHour + 45 * kMinute, SettlementEvent {0, Pay::Pay}),
        at(3 * kHour, ReadEvent {0, 1, -1, QStringLiteral("复诊"), false}),
        at(3 * kHour + 30 * kMinute, InvoiceEvent {0, 0, Fee::RecordManagement, 1000, 0}), // i1
        deposit(8 * kHour, kAuthority, 100'000, "HT20260101000000096543"),
        at(8 * kHour + 10 * kMinute,
           ProgramEvent {kAuthority,
                         QStringLiteral("门诊慢性病医疗救助"),
                         std::nullopt,
                         {QStringLiteral("I10")},
                         3000,
                         5000,
                         50'000}), // program 0
        deposit(8 * kHour + 20 * kMinute, institution(3), 40'000, "HT20260101000000144814"),
        at(8 * kHour + 30 * kMinute,
           ProgramEvent {institution(3),
                         QStringLiteral("临床试验受试者随访补助"),
                         std::nullopt,
                         {},
                         20'000,
                         0,
                         30'000}), // program 1
        deposit(9 * kHour, institution(4), 1000, "HT20260101000000193085"),
        at(9 * kHour + 10 * kMinute, FundEvent {4, QStringLiteral("皖融健康宝货币市场基金")}),
        at(1 * kDay + 10 * kHour, EnrolmentEvent {1, 0}),
        at(2 * kDay + 10 * kHour, EnrolmentEvent {0, 1}),
        deposit(3 * kDay + 9 * kHour + 50 * kMinute, patient(0), 500'000, "HT20260104000000241356"),
        at(3 * kDay + 10 * kHour, FundOrderEvent {Order::Subscribe, 0, 0, 500'000}),
        yieldAt(3 * kDay + 23 * kHour + 30 * kMinute),
        yieldAt(4 * kDay + 23 * kHour + 30 * kMinute),
        record(5 * kDay, 0, 2, Cat::Encounter, flu), // r1: a stipend
        at(5 * kDay + 30 * kMinute, InvoiceEvent {1, 0, Fee::Registration, 1500, 1}), // i2
        at(6 * kDay, confirm),
        at(6 * kDay + 1 * kHour, SettlementEvent {2, Pay::Cancel}),
        at(8 * kDay, ReadEvent {0, 1, -1, QStringLiteral("复诊"), false}),
        at(10 * kDay,
           RequestEvent {1, 2, QStringLiteral("转诊"), kStart + 100 * kDay,
                         RequestEvent::Answer::Grant, kStart + 11 * kDay}),
        record(12 * kDay, 1, 0, Cat::Encounter, flu), // r2
        at(13 * kDay, ReadEvent {2, 2, -1, QStringLiteral("转诊"), false}),
        at(14 * kDay + 20 * kHour, InvoiceEvent {0, 1, Fee::OnlineConsultation, 2000, 2}), // i3
        deposit(14 * kDay + 20 * kHour + 5 * kMinute, patient(1), 5000, "HT20260115000000289627"),
        at(14 * kDay + 20 * kHour + 10 * kMinute, SettlementEvent {3, Pay::Pay}),
        at(20 * kDay, EmergencyEvent {0, 2, QStringLiteral("患者昏迷送入急诊，需查既往病史")}),
        at(20 * kDay + kHour, ReadEvent {0, 2, -1, QStringLiteral("急诊抢救"), false}),
        at(30 * kDay, GrantEvent {2, -1, 1, {Cat::Laboratory}, kStart + 300 * kDay, 0}),
        record(31 * kDay, 2, 2, Cat::Laboratory, flu), // r3
        withdrawal(31 * kDay + 3 * kHour, institution(0), 3500, "HP20260201000000337898"),
        at(40 * kDay, reject),
        at(50 * kDay,
           RequestEvent {2, 1, QStringLiteral("会诊"), kStart + 90 * kDay,
                         RequestEvent::Answer::Decline, kStart + 51 * kDay}),
        at(50 * kDay + 10 * kHour, ProgramFundingEvent {1, 10'000}),
        record(55 * kDay, 1, 2, Cat::Vaccination, flu), // r4
        // A late grant carries the keys of both of the patient's records (in record order).
        at(60 * kDay, GrantEvent {1, 1, -1, {}, kStart + 300 * kDay, 0}),
        at(60 * kDay + 10 * kHour, FundOrderEvent {Order::Redeem, 0, 0, 100'000}),
        at(61 * kDay, ReadEvent {2, 1, -1, QStringLiteral("随访"), true}),
        record(110 * kDay, 0, 0, Cat::Encounter, flu), // r5: the pool's last stipend
        record(111 * kDay, 0, 0, Cat::Encounter, flu), // r6: the pool is empty
        record(112 * kDay, 1, 1, Cat::Encounter, hypertension, {0}), // r7: assistance
        record(113 * kDay, 1, 1, Cat::Encounter, hypertension, {0}), // r8: up to the cap
        withdrawal(115 * kDay, patient(1), 3000, "HP20260426000000386169"),
    };
    s.cast = {0, 1, 0, 2, 3, 4};
    return s;
}

/// Every transaction of the scenario above, one node or many: 11 enrollments; 9 records; 2
/// proposals and 2 answers; 3 grants and 1 revoke; 2 requests and their 2 answers; 5 receipts; 1
/// emergency access and the key share its reader needs (every other reader got the key with the
/// record or the grant); 25 wallet events, one transaction each.
constexpr quint64 kScenarioTransactions = 11 + 9 + 2 + 2 + 3 + 1 + 2 + 2 + 5 + 1 + 1 + 25;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString hexOf(const chain::IdentityId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

/// The types of the transactions in a block, in order.
QList<chain::TxType> typesIn(const chain::Block &block)
{
    QList<chain::TxType> types;
    for (const QByteArray &bytes : block.transactions)
        types.append(std::visit([](const auto &body) { return std::decay_t<decltype(body)>::Type; },
                                chain::Transaction::decode(bytes)->body));
    return types;
}

/// The ids of the transactions with a body of type T, in chain order.
template <typename T> QList<chain::Hash> idsOf(const chain::Ledger &ledger)
{
    QList<chain::Hash> ids;
    for (quint64 h = 1; h <= ledger.tip().height; ++h) {
        const std::optional<chain::Block> block = ledger.block(h);
        for (const QByteArray &bytes : block->transactions)
            if (std::holds_alternative<T>(chain::Transaction::decode(bytes)->body))
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

    void aSingleNodeIsTheGenesisValidatorAlone()
    {
        QTemporaryDir dir;
        const Scenario scenario = smallScenario();
        const auto summary = DemoNetwork::create(dir.path(), scenario, passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {1, 0, 0});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->transactions, kScenarioTransactions);
        QCOMPARE(summary->nodeFolders, QStringList {QStringLiteral("node1")});
        QCOMPARE(summary->nodes.size(), 1);
        QVERIFY(summary->nodes.first().validator);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("node2"))));

        const node::DataDir data(dir.filePath(QStringLiteral("node1")));
        auto ledger = data.openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        const chain::Ledger &chain = *ledger.value();
        QCOMPARE(chain.state().validators(), chain.genesis().validators);
        QCOMPARE(hexOf(chain.genesis().validators.first().node), summary->nodes.first().nodeKey);
        QVERIFY(idsOf<identity::EnrollNode>(chain).isEmpty());
        QVERIFY(idsOf<identity::SetValidators>(chain).isEmpty());

        // node1 keeps its keys and names its keystore as the node's; it has no one to dial.
        const QJsonObject config = readJson(data.configPath());
        QCOMPARE(config.value(QStringLiteral("identity")).toString(),
                 QStringLiteral("keystores/authority.mcid"));
        QCOMPARE(config.value(QStringLiteral("validator")).toString(),
                 QStringLiteral("keystores/validator.mcid"));
        QCOMPARE(config.value(QStringLiteral("node")).toString(),
                 QStringLiteral("keystores/validator.mcid"));
        QCOMPARE(config.value(QStringLiteral("listen")).toString(), summary->nodes.first().address);
        QVERIFY(config.value(QStringLiteral("peers")).toArray().isEmpty());
        const QJsonArray listed
            = readJson(dir.filePath(QStringLiteral("network.json")))[QStringLiteral("nodes")]
                  .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject(), summary->nodes.first().toJson());
    }

    void nodesShareTheChainAndKnowEachOther()
    {
        QTemporaryDir dir;
        const Scenario scenario = smallScenario();
        const auto summary = DemoNetwork::create(dir.path(), scenario, passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {4, 2, 0});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        // Five nodes enrolled and the validator set: the scenario's history is unchanged.
        QCOMPARE(summary->transactions, kScenarioTransactions + 5 + 1);
        QCOMPARE(summary->nodeFolders,
                 QStringList({QStringLiteral("node1"), QStringLiteral("node2"),
                              QStringLiteral("node3"), QStringLiteral("node4"),
                              QStringLiteral("node5"), QStringLiteral("node6")}));

        // network.json lists what the summary does, at distinct addresses; the scenario's one
        // hospital runs node2 and the authority the rest.
        const QJsonObject network = readJson(dir.filePath(QStringLiteral("network.json")));
        QCOMPARE(network.value(QStringLiteral("chainId")).toString(), summary->chainId);
        QVERIFY(!network.value(QStringLiteral("passphraseHint")).toString().isEmpty());
        const QJsonArray listed = network.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(listed.size(), 6);
        QSet<QString> addresses;
        QSet<QString> nodeKeys;
        for (int i = 0; i < listed.size(); ++i) {
            const QJsonObject entry = listed[i].toObject();
            QCOMPARE(entry, summary->nodes[i].toJson());
            QCOMPARE(entry.value(QStringLiteral("folder")).toString(), summary->nodeFolders[i]);
            QCOMPARE(entry.value(QStringLiteral("role")).toString(),
                     i < 4 ? QStringLiteral("validator") : QStringLiteral("replica"));
            const QString address = entry.value(QStringLiteral("address")).toString();
            QVERIFY2(address.startsWith(QLatin1String("127.0.0.1:")), qPrintable(address));
            QVERIFY(address.mid(10).toInt() > 0);
            addresses.insert(address);
            nodeKeys.insert(entry.value(QStringLiteral("node")).toString());
        }
        QCOMPARE(addresses.size(), 6);
        QCOMPARE(nodeKeys.size(), 6);
        QCOMPARE(summary->nodes[0].institution, scenario.authorityName);
        QCOMPARE(summary->nodes[1].institution, scenario.institutions[0].name);
        for (int i = 2; i < 6; ++i)
            QCOMPARE(summary->nodes[i].institution, scenario.authorityName);

        const crypto::Certificate root
            = crypto::Certificate::fromDer(node::DataDir(dir.filePath(QStringLiteral("node1")))
                                               .readGenesis()
                                               ->rootCertificate)
                  .value();
        const DemoKeys keys(scenario.options.seed);
        QList<identity::Validator> expectedValidators;
        for (int i = 0; i < listed.size(); ++i) {
            const DemoNode &node = summary->nodes[i];
            const node::DataDir data(dir.filePath(node.folder));

            // The folder's copy of the replica opens with the demo passphrase at the same tip.
            auto ledger = data.openLedgerReadOnly(passphrase());
            QVERIFY2(ledger.ok(), qPrintable(node.folder + QLatin1String(": ") + ledger.error()));
            const chain::Ledger &chain = *ledger.value();
            QCOMPARE(QString::fromLatin1(chain.tip().hash.toHex()), summary->tipHash);
            QCOMPARE(chain.tip().height, summary->height);

            // node.json: its keystore (also its validator key if it validates), its address, and
            // every other node as a peer.
            const QJsonObject config = readJson(data.configPath());
            const QString keystore = config.value(QStringLiteral("node")).toString();
            QCOMPARE(keystore,
                     i == 0 ? QStringLiteral("keystores/validator.mcid")
                            : QStringLiteral("keystores/node.mcid"));
            QCOMPARE(config.contains(QStringLiteral("validator")), node.validator);
            if (node.validator)
                QCOMPARE(config.value(QStringLiteral("validator")).toString(), keystore);
            QCOMPARE(config.value(QStringLiteral("identity")).isUndefined(), i != 0);
            QCOMPARE(config.value(QStringLiteral("listen")).toString(), node.address);
            QList<QJsonObject> peers;
            for (const QJsonValue &peer : config.value(QStringLiteral("peers")).toArray())
                peers.append(peer.toObject());
            QList<QJsonObject> others;
            for (const DemoNode &other : summary->nodes)
                if (other.folder != node.folder)
                    others.append({{QStringLiteral("address"), other.address},
                                   {QStringLiteral("node"), other.nodeKey}});
            QCOMPARE(peers, others);

            // The keystore opens with the passphrase and holds the node's key.
            const auto unlocked = identity::Keystore::unlock(data.path(keystore), passphrase());
            QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
            QCOMPARE(unlocked->info.role, chain::Role::Node);
            QCOMPARE(unlocked->info.chainId, summary->chainId);
            QCOMPARE(hexOf(unlocked->keys.id()), node.nodeKey);
            QCOMPARE(unlocked->keys.id(), keys.nodeKeys(i + 1).id()); // the seed's, every time
            if (node.validator)
                expectedValidators.append({unlocked->keys.id(), 1});

            // On chain: an active node with a certificate that
            // chains to the genesis root as a TLS peer's must (leaf and issuers, root optional).
            const auto who = chain.state().identity(unlocked->keys.id());
            QVERIFY(who.has_value());
            QCOMPARE(who->role, chain::Role::Node);
            QVERIFY(!who->revoked);
            QCOMPARE(who->name, node.name);
            // Validators are certified by the authority; a replica by the hospital running it.
            QCOMPARE(chain.state().identity(who->parent)->name,
                     node.validator ? scenario.authorityName : node.institution);
            QList<crypto::Certificate> presented;
            const QList<QByteArray> ders
                = identity::certificateChain(chain.state(), *who, chain.genesis());
            for (const QByteArray &der : ders.mid(0, ders.size() - 1))
                presented.append(crypto::Certificate::fromDer(der).value());
            // A hospital's replica presents the hospital's certificate too.
            QCOMPARE(presented.size(),
                     !node.validator && node.institution != scenario.authorityName ? 2 : 1);
            QCOMPARE(presented.first().role(), crypto::CertificateRole::Node);
            QCOMPARE(presented.first().publicKey(), unlocked->keys.id());
            const auto verified = crypto::CertificateChain::verify(
                presented, root, QDateTime::fromMSecsSinceEpoch(chain.tip().time, Qt::UTC));
            QVERIFY2(verified.ok(), qPrintable(verified.error()));
        }

        // The validators are exactly the four validator nodes, and the set changed in the last
        // transaction of the last block, after the five enrollments in that block.
        std::sort(expectedValidators.begin(), expectedValidators.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        const node::DataDir first(dir.filePath(QStringLiteral("node1")));
        auto ledger = first.openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        const chain::Ledger &chain = *ledger.value();
        QCOMPARE(chain.state().validators(), expectedValidators);
        using T = chain::TxType;
        QCOMPARE(typesIn(*chain.block(chain.tip().height)),
                 QList<T>({T::EnrollNode, T::EnrollNode, T::EnrollNode, T::EnrollNode,
                           T::EnrollNode, T::SetValidators}));
        QVERIFY(!typesIn(*chain.block(chain.tip().height - 1)).contains(T::EnrollNode));
        const auto last
            = chain::Transaction::decode(chain.block(chain.tip().height)->transactions.last());
        QCOMPARE(std::get<identity::SetValidators>(last->body).validators, expectedValidators);
        QCOMPARE(last->sender, chain.genesis().authority);

        // identities.json lists the nodes too.
        const QJsonArray summarised
            = readJson(dir.filePath(QStringLiteral("identities.json")))[QStringLiteral("nodes")]
                  .toArray();
        QCOMPARE(summarised, listed);
    }

    void fixedPortsFollowTheBasePort()
    {
        QVERIFY(DemoNodes::check({1, 0, 0}).ok());
        QVERIFY(DemoNodes::check({16, 16, 65535 - 31}).ok());
        QVERIFY(!DemoNodes::check({0, 0, 0}).ok());
        QVERIFY(!DemoNodes::check({17, 0, 0}).ok());
        QVERIFY(!DemoNodes::check({1, 17, 0}).ok());
        QVERIFY(!DemoNodes::check({1, -1, 0}).ok());
        QVERIFY(!DemoNodes::check({2, 0, 65535}).ok());
        QVERIFY(!DemoNodes::check({2, 0, -1}).ok());
        QTemporaryDir dir;
        const auto refused = DemoNetwork::create(dir.path(), smallScenario(), passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {0, 0, 0});
        QVERIFY(!refused.ok());
        QVERIFY(QDir(dir.path()).isEmpty());

        const auto summary = DemoNetwork::create(dir.path(), smallScenario(), passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {2, 1, 47000});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->nodes.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(summary->nodes[i].address, QStringLiteral("127.0.0.1:%1").arg(47000 + i));
        QVERIFY(!summary->nodes[2].validator);
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
