// The randomized wallet test's walk: the cast, signing and predicting, and each block's verdicts
// checked against the model's predictions (the actions themselves are in WalletWalkActions.cpp).
#include "WalletWalk.h"

#include "crypto/Sha256.h"

#include <QTest>

namespace medchain::test {

using wallet::Amount;

namespace {

constexpr int kPatients = 20;

/// How often each action is drawn (revocations happen once, at a fixed point of the walk).
constexpr std::array<std::pair<WalkAction, int>, kWalkActions - 1> kMix {{
    {WalkAction::Deposit, 14},
    {WalkAction::Withdraw, 6},
    {WalkAction::Issue, 10},
    {WalkAction::Pay, 10},
    {WalkAction::Cancel, 3},
    {WalkAction::CreateProgram, 2},
    {WalkAction::FundProgram, 3},
    {WalkAction::Enroll, 5},
    {WalkAction::Record, 9},
    {WalkAction::CreateFund, 1},
    {WalkAction::Subscribe, 7},
    {WalkAction::Redeem, 6},
    {WalkAction::Yield, 3},
    {WalkAction::Replay, 2},
    {WalkAction::NonceGap, 1},
    {WalkAction::Forged, 1},
    {WalkAction::Outsider, 1},
}};

} // namespace

const char *actionName(WalkAction a)
{
    static constexpr std::array<const char *, kWalkActions> names {
        "deposit",        "withdraw",       "issue invoice", "pay invoice", "cancel invoice",
        "create program", "fund program",   "enroll",        "record",      "create fund",
        "subscribe",      "redeem",         "yield",         "replay",      "nonce gap",
        "forged",         "unknown sender", "revoke"};
    return names[std::size_t(a)];
}

QString WalletWalk::nameOf(const IdentityId &id) const
{
    const auto it = m_names.find(id);
    return it == m_names.end() ? QStringLiteral("outsider") : it->second;
}

Hash WalletWalk::randomHash()
{
    Hash h;
    for (auto &b : h.bytes)
        b = quint8(m_rng.bounded(256));
    return h;
}

Amount WalletWalk::spend(Amount balance, int overdraftPercent, Amount slack)
{
    if (balance > 0 && !chance(overdraftPercent))
        return between(1, balance);
    return between(balance + 1, balance + slack);
}

void WalletWalk::addIdentity(const IdentityId &id, const crypto::Ed25519SigningKey &key,
                             const QString &name, Role role, std::optional<InstitutionKind> kind,
                             const IdentityId &parent)
{
    const auto onChain = f.ledger->state().identity(id);
    QVERIFY(onChain);
    m.identities[id] = {role, kind, parent, false, onChain->nonce};
    m_keys[id] = &key;
    m_names[id] = name;
}

void WalletWalk::setUp()
{
    m_gateway.emplace(
        f.enrollHospital(QStringLiteral("Anhui Pay"), InstitutionKind::PaymentGateway));
    m_gateway2.emplace(
        f.enrollHospital(QStringLiteral("Huizhou Pay"), InstitutionKind::PaymentGateway));
    m_hospital.emplace(f.enrollHospital(QStringLiteral("Hefei First People's Hospital")));
    m_clinic.emplace(f.enrollHospital(QStringLiteral("Shushan Clinic"), InstitutionKind::Clinic));
    m_sponsor.emplace(
        f.enrollHospital(QStringLiteral("Huaan Trials"), InstitutionKind::TrialSponsor));
    m_manager.emplace(
        f.enrollHospital(QStringLiteral("Huishang Funds"), InstitutionKind::FundManager));
    m_manager2.emplace(
        f.enrollHospital(QStringLiteral("Wanjiang Funds"), InstitutionKind::FundManager));
    m_doctorH.emplace(f.enrollDoctor(*m_hospital, QStringLiteral("Dr Wang")));
    m_doctorC.emplace(f.enrollDoctor(*m_clinic, QStringLiteral("Dr Zhou")));
    for (int i = 0; i < kPatients; ++i)
        m_patientMembers.push_back(f.registerPatient(
            i % 2 ? *m_clinic : *m_hospital, QStringLiteral("34010219900101%1").arg(1000 + i)));

    const identity::IdentityKeys &authority = f.network.authority;
    m_authority = authority.id();
    addIdentity(m_authority, authority.signing, QStringLiteral("authority"), Role::Authority,
                std::nullopt, m_authority);
    const std::pair<const Member *, QString> institutions[] {
        {&*m_gateway, QStringLiteral("gateway")},   {&*m_gateway2, QStringLiteral("gateway2")},
        {&*m_hospital, QStringLiteral("hospital")}, {&*m_clinic, QStringLiteral("clinic")},
        {&*m_sponsor, QStringLiteral("sponsor")},   {&*m_manager, QStringLiteral("manager")},
        {&*m_manager2, QStringLiteral("manager2")}};
    for (const auto &[member, name] : institutions) {
        const auto info = f.ledger->state().identity(member->id());
        QVERIFY(info);
        addIdentity(member->id(), member->keys.signing, name, Role::Institution, info->kind,
                    m_authority);
        m_members[member->id()] = member;
    }
    addIdentity(m_doctorH->id(), m_doctorH->keys.signing, QStringLiteral("doctorH"),
                Role::Practitioner, std::nullopt, m_hospital->id());
    addIdentity(m_doctorC->id(), m_doctorC->keys.signing, QStringLiteral("doctorC"),
                Role::Practitioner, std::nullopt, m_clinic->id());
    m_members[m_doctorH->id()] = &*m_doctorH;
    m_members[m_doctorC->id()] = &*m_doctorC;
    for (int i = 0; i < kPatients; ++i) {
        const Member &p = m_patientMembers[std::size_t(i)];
        addIdentity(p.id(), p.keys.signing, QStringLiteral("patient%1").arg(i), Role::Patient,
                    std::nullopt, i % 2 ? m_clinic->id() : m_hospital->id());
        m_members[p.id()] = &p;
        m_patients.append(p.id());
    }
    m_holders = m_patients;
    m_holders << m_authority << m_hospital->id() << m_clinic->id() << m_sponsor->id()
              << m_manager->id() << m_manager2->id();
    m_depositTargets = m_holders;
    m_depositTargets << m_doctorH->id() << m_doctorC->id() << m_gateway2->id();
    m_at = {f.ledger->tip().height + 1, f.ledger->tip().time};
}

WalkAction WalletWalk::drawAction()
{
    static const int total = [] {
        int sum = 0;
        for (const auto &[action, weight] : kMix)
            sum += weight;
        return sum;
    }();
    int roll = int(m_rng.bounded(quint32(total)));
    for (const auto &[action, weight] : kMix) {
        if (roll < weight)
            return action;
        roll -= weight;
    }
    return WalkAction::Deposit;
}

// --- signing and predicting ------------------------------------------------------------------

std::optional<Candidate> WalletWalk::signAs(WalkAction action, const IdentityId &sender,
                                            TxBody body, const QString &label,
                                            std::optional<quint64> nonce)
{
    const auto known = m.identities.find(sender);
    const quint64 n = nonce.value_or(known == m.identities.end() ? 1 : known->second.nonce + 1);
    const crypto::Ed25519SigningKey &key
        = sender == m_outsider.id() ? m_outsider.signing : keyOf(sender);
    QByteArray bytes
        = Transaction::signAndEncode(f.network.genesis.chainId, n, m_at.time, body, key);
    return predict(action, sender, n, body, std::move(bytes), label);
}

std::optional<Candidate> WalletWalk::predict(WalkAction action, const IdentityId &sender,
                                             quint64 nonce, const TxBody &body, QByteArray bytes,
                                             const QString &label)
{
    const Hash hash = crypto::sha256(bytes);
    if (!m_inBlock.insert(hash).second)
        return std::nullopt; // the very same bytes twice in one block: not this test's subject
    Candidate c {action, sender, std::move(bytes), hash, {}, label};
    c.expected = m.apply(sender, nonce, body, hash, m_at);
    if (c.expected.isEmpty())
        noteAccepted(c, body);
    return c;
}

std::optional<Candidate> WalletWalk::expect(WalkAction action, const IdentityId &sender,
                                            QByteArray bytes, const QString &code,
                                            const QString &label)
{
    const Hash hash = crypto::sha256(bytes);
    if (!m_inBlock.insert(hash).second)
        return std::nullopt;
    return Candidate {action, sender, std::move(bytes), hash, code, label};
}

void WalletWalk::noteAccepted(const Candidate &c, const TxBody &body)
{
    if (const auto *d = std::get_if<wallet::Deposit>(&body))
        m_referencesOf[c.sender].append(d->reference);
    else if (const auto *w = std::get_if<wallet::Withdraw>(&body))
        m_referencesOf[w->gateway].append(w->reference);
    else if (std::holds_alternative<wallet::IssueInvoice>(body))
        m_invoices.append(c.hash);
    else if (const auto *p = std::get_if<wallet::CreateProgram>(&body)) {
        m_programs.append(c.hash);
        (p->codes.isEmpty() ? m_plainPrograms : m_codePrograms).append(c.hash);
    } else if (std::holds_alternative<wallet::CreateFund>(body))
        m_funds.append(c.hash);
    else if (const auto *r = std::get_if<records::AddRecord>(&body)) {
        m_records.append(c.hash);
        m_recordsAt[{r->patient, m.records.at(c.hash).institution}].append(c.hash);
    } else if (const auto *s = std::get_if<wallet::Subscribe>(&body)) {
        const std::pair<Hash, IdentityId> key {s->fund, c.sender};
        if (!m_holdings.contains(key))
            m_holdings.append(key);
    }
}

// --- blocks and checks -----------------------------------------------------------------------

void WalletWalk::run(const std::function<void()> &afterBlock)
{
    // A first block that gives every holder money, so that the walk is not all overdrafts.
    QList<Candidate> first;
    m_at = {f.ledger->tip().height + 1, m_at.time + 1000};
    m_inBlock.clear();
    for (const IdentityId &to : std::as_const(m_holders)) {
        const Amount amount = m.isActive(to, Role::Patient) ? 200'000 : 3'000'000;
        if (auto c
            = signAs(WalkAction::Deposit, m_gateway->id(),
                     wallet::Deposit {to, amount, QStringLiteral("D-%1").arg(++m_references)},
                     QStringLiteral("opening deposit to %1").arg(nameOf(to))))
            first.append(*c);
    }
    commit(first);
    if (QTest::currentTestFailed())
        return;
    afterBlock();
    if (QTest::currentTestFailed())
        return;

    while (m_generated < m_target) {
        // Mostly seconds apart; now and then most of a day or more, so that yields have days.
        m_at.time += chance(12) ? between(6, 40) * 3'600'000 : between(1, 30) * 1000;
        m_at.height = f.ledger->tip().height + 1;
        m_inBlock.clear();
        QList<Candidate> block;
        const int size = 1 + int(m_rng.bounded(14));
        for (int i = 0; i < size; ++i) {
            if (!m_revoked && m_generated + block.size() >= m_target * 55 / 100) {
                m_revoked = true;
                block += revocations();
            }
            auto c = make(drawAction());
            if (!c)
                continue;
            // Once identities are revoked, most draws would only say so again: keep one in five.
            if (c->expected == errors::revoked() && c->action != WalkAction::Replay
                && !chance(20)) {
                m_inBlock.erase(c->hash); // refused, so the model did not change
                ++m_redrawn;
                continue;
            }
            block.append(*c);
        }
        if (block.isEmpty())
            continue;
        commit(block);
        if (QTest::currentTestFailed())
            return;
        afterBlock();
        if (QTest::currentTestFailed())
            return;
    }
}

void WalletWalk::commit(const QList<Candidate> &block)
{
    QList<QByteArray> bytes;
    for (const Candidate &c : block)
        bytes.append(c.bytes);
    auto produced = f.ledger->produceBlock(bytes, m_at.time, f.network.validator);
    QVERIFY2(produced.ok(), qPrintable(produced.error()));
    std::map<Hash, Error> rejected;
    for (const RejectedTransaction &r : std::as_const(produced->rejected))
        QVERIFY2(rejected.emplace(r.hash, r.reason).second, "a transaction rejected twice");
    QList<QByteArray> accepted;
    for (const Candidate &c : block) {
        const auto it = rejected.find(c.hash);
        const QString code = it == rejected.end() ? QString() : it->second.code;
        QVERIFY2(code == c.expected,
                 qPrintable(QStringLiteral("%1: %2: expected \"%3\", the chain said \"%4\" (%5)")
                                .arg(where(), c.label, c.expected, code,
                                     it == rejected.end() ? QString() : it->second.message)));
        ++m_generated;
        ++m_drawn[std::size_t(c.action)];
        if (code.isEmpty()) {
            ++m_accepted[std::size_t(c.action)];
            accepted.append(c.bytes);
        } else {
            ++m_codes[code];
        }
    }
    QCOMPARE(qsizetype(rejected.size()), block.size() - accepted.size());
    QCOMPARE(produced->committed, !accepted.isEmpty());
    if (!produced->committed)
        return;
    QCOMPARE(produced->block.transactions, accepted);
    QCOMPARE(produced->block.header.time, m_at.time);
    QCOMPARE(f.ledger->tip().height, m_at.height);
    f.m_blocks.append({produced->block, produced->commit});
    ++m_blocks;
    std::set<IdentityId> senders;
    for (const Candidate &c : block)
        if (c.expected.isEmpty() && !senders.insert(c.sender).second) {
            ++m_sameSenderBlocks;
            break;
        }
    for (const Candidate &c : block)
        if (c.expected.isEmpty())
            m_committed.append({c.bytes, c.sender});
}

QString WalletWalk::summary(qint64 elapsedMs) const
{
    QStringList lines;
    int accepted = 0;
    for (int a = 0; a < kWalkActions; ++a) {
        accepted += m_accepted[std::size_t(a)];
        lines << QStringLiteral("  %1: %2 (%3 accepted)")
                     .arg(QLatin1String(actionName(WalkAction(a))))
                     .arg(m_drawn[std::size_t(a)])
                     .arg(m_accepted[std::size_t(a)]);
    }
    QStringList codes;
    for (const auto &[code, count] : m_codes)
        codes << QStringLiteral("%1 %2").arg(code).arg(count);
    std::array<int, 3> statuses {};
    int rows = 0;
    for (const auto &[patient, subsidies] : m.subsidies)
        for (const model::Subsidy &s : subsidies) {
            ++rows;
            ++statuses[std::size_t(s.status)];
        }
    return QStringLiteral("%1 transactions (%2 accepted) in %3 blocks (%11 with one sender "
                          "several times), %4 ms; %12 drawn after the revocations set aside\n%5\n"
                          "  rejected: %6\n"
                          "  subsidy rows: %7 (paid %8, pool exhausted %9, cap reached %10)")
        .arg(m_generated)
        .arg(accepted)
        .arg(m_blocks)
        .arg(elapsedMs)
        .arg(lines.join(QLatin1Char('\n')), codes.join(QStringLiteral(", ")))
        .arg(rows)
        .arg(statuses[0])
        .arg(statuses[1])
        .arg(statuses[2])
        .arg(m_sameSenderBlocks)
        .arg(m_redrawn);
}

} // namespace medchain::test
