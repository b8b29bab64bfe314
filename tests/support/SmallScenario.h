// The small hand-written scenario the DemoNetwork tests share: a few institutions, doctors and
// patients with a year's worth of events of every kind, and helpers to read what it became.
#pragma once

#include "chain/Ledger.h"
#include "chain/Transaction.h"
#include "demo/Scenario.h"
#include "records/RecordContent.h"
#include "wallet/WalletTx.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace medchain::demo::testing {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kStart = 1'767'196'800'000; // 2026-01-01 00:00 China time (UTC+8)

inline crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>("medchain-demo"), 13});
}

inline records::RecordContent content(const QString &complaint, const QString &icd10)
{
    records::RecordContent c;
    c.chiefComplaint = complaint;
    c.diagnoses = {{icd10, QString()}};
    c.prescriptions = {{QStringLiteral("N02BE01"), QStringLiteral("对乙酰氨基酚"), 500'000,
                        QStringLiteral("tid"), 3}};
    c.fees = {{QStringLiteral("registration"), 1500}};
    return c;
}

inline Event at(qint64 offset, auto what)
{
    return Event {kStart + offset, what};
}

using Cat = chain::RecordCategory;
using Fee = wallet::FeeType;
const Account kAuthority {Account::Kind::Authority, 0};
inline Account patient(int p)
{
    return {Account::Kind::Patient, p};
}
inline Account institution(int i)
{
    return {Account::Kind::Institution, i};
}
inline Event deposit(qint64 offset, Account to, wallet::Amount amount, const char *reference)
{
    return at(
        offset,
        PaymentEvent {PaymentEvent::Kind::Deposit, to, amount, QString::fromLatin1(reference)});
}
inline Event withdrawal(qint64 offset, Account from, wallet::Amount amount, const char *reference)
{
    return at(offset,
              PaymentEvent {PaymentEvent::Kind::Withdrawal, from, amount,
                            QString::fromLatin1(reference)});
}
inline Event record(qint64 offset, int patientIndex, int author, Cat category,
                    const records::RecordContent &c, QList<int> claims = {})
{
    return at(offset, RecordEvent {patientIndex, author, category, kStart + offset, c, claims});
}
/// When the scenario's fund publishes the yield of the day an event at `offset` is in.
inline Event yieldAt(qint64 offset)
{
    return at(offset, YieldEvent {0, (kStart + offset - kYieldDelayMs) / kDay, 60'000});
}

/// Three patients, two hospitals' doctors and a clinic's; grants, a revoke, requests (one
/// granted, one declined), amendments (one confirmed, one rejected), reads, an emergency. And the
/// wallet: top-ups, fees paid, left open and cancelled, the hospital's and a patient's
/// withdrawals, the authority's assistance (claimed, up to its cap), the sponsor's stipends
/// (topped up once, then run dry) and the fund (a subscription, two yields, a redemption).
inline Scenario smallScenario()
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

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QString hexOf(const chain::IdentityId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

/// The types of the transactions in a block, in order.
inline QList<chain::TxType> typesIn(const chain::Block &block)
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

} // namespace medchain::demo::testing
