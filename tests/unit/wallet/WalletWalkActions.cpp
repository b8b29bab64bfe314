// The randomized wallet test's actions: each draws a sender, a body and a deliberate share of
// mistakes (overdrafts, replays, forged senders, unknown ids…), for the model to judge.
#include "WalletWalk.h"

#include "crypto/Sha256.h"

namespace medchain::test {

using wallet::Amount;

namespace {

constexpr int kMaxFunds = 5;

QString shortHex(const Hash &hash)
{
    return QString::fromLatin1(hash.toHex().left(8));
}

records::RecordContent visitContent()
{
    records::RecordContent c;
    c.chiefComplaint = QStringLiteral("口渴多饮 (thirst)");
    c.diagnoses = {{QStringLiteral("E11.9"), QStringLiteral("Type 2 diabetes mellitus")}};
    c.fees = {{QStringLiteral("registration"), 1500}};
    return c;
}

const QStringList &diagnosisCodes()
{
    static const QStringList codes {QStringLiteral("E11"), QStringLiteral("I10"),
                                    QStringLiteral("J10.1")};
    return codes;
}

} // namespace

// --- the actions -----------------------------------------------------------------------------

std::optional<Candidate> WalletWalk::make(WalkAction action)
{
    switch (action) {
    case WalkAction::Deposit:
        return deposit();
    case WalkAction::Withdraw:
        return withdraw();
    case WalkAction::Issue:
        return issueInvoice();
    case WalkAction::Pay:
        return payInvoice();
    case WalkAction::Cancel:
        return cancelInvoice();
    case WalkAction::CreateProgram:
        return createProgram();
    case WalkAction::FundProgram:
        return fundProgram();
    case WalkAction::Enroll:
        return enroll();
    case WalkAction::Record:
        return record();
    case WalkAction::CreateFund:
        return createFund();
    case WalkAction::Subscribe:
        return subscribe();
    case WalkAction::Redeem:
        return redeem();
    case WalkAction::Yield:
        return publishYield();
    case WalkAction::Replay:
        return replay();
    case WalkAction::NonceGap:
        return nonceGap();
    case WalkAction::Forged:
        return forged();
    case WalkAction::Outsider:
        return outsider();
    case WalkAction::Revoke:
        break;
    }
    return std::nullopt;
}

std::optional<Candidate> WalletWalk::deposit()
{
    const IdentityId &to = pick(m_depositTargets);
    if (chance(4)) // a valid signature, but the sender is no payment gateway
        return signAs(
            WalkAction::Deposit, pick(m_holders),
            wallet::Deposit {to, between(1, 100'000), QStringLiteral("X-%1").arg(++m_references)},
            QStringLiteral("deposit by a non-gateway"));
    const IdentityId gateway = chance(75) ? m_gateway->id() : m_gateway2->id();
    const IdentityId other = gateway == m_gateway->id() ? m_gateway2->id() : m_gateway->id();
    QString reference = QStringLiteral("D-%1").arg(++m_references);
    if (chance(5) && !m_referencesOf[gateway].isEmpty())
        reference = pick(m_referencesOf[gateway]); // used already: exists
    else if (chance(3) && !m_referencesOf[other].isEmpty())
        reference = pick(m_referencesOf[other]); // the other gateway's: free here
    const bool person = m.isActive(to, Role::Patient) || m.isActive(to, Role::Practitioner);
    const Amount amount = person ? between(1'000, 500'000) : between(10'000, 5'000'000);
    return signAs(WalkAction::Deposit, gateway, wallet::Deposit {to, amount, reference},
                  QStringLiteral("deposit %1 to %2 ref %3").arg(amount).arg(nameOf(to), reference));
}

std::optional<Candidate> WalletWalk::withdraw()
{
    const IdentityId &sender = pick(m_holders);
    const IdentityId gateway = chance(3) ? m_hospital->id()
        : chance(70)                     ? m_gateway->id()
                                         : m_gateway2->id();
    QString reference = QStringLiteral("W-%1").arg(++m_references);
    if (chance(5) && !m_referencesOf[gateway].isEmpty())
        reference = pick(m_referencesOf[gateway]);
    const Amount amount = spend(balanceOf(sender), 25);
    return signAs(WalkAction::Withdraw, sender, wallet::Withdraw {gateway, amount, reference},
                  QStringLiteral("withdraw %1 by %2 via %3 ref %4")
                      .arg(amount)
                      .arg(nameOf(sender), nameOf(gateway), reference));
}

std::optional<Candidate> WalletWalk::issueInvoice()
{
    const IdentityId sender = chance(4) ? (chance(50) ? m_sponsor->id() : m_gateway->id())
        : chance(55)                    ? m_hospital->id()
                                        : m_clinic->id();
    const IdentityId &patient = pick(m_patients);
    wallet::IssueInvoice body {patient, wallet::FeeType(1 + m_rng.bounded(3)), between(100, 80'000),
                               std::nullopt};
    const int roll = int(m_rng.bounded(100));
    const auto here = m_recordsAt.find({patient, sender});
    if (roll < 35 && here != m_recordsAt.end())
        body.encounter = pick(here->second);
    else if (roll < 41 && !m_records.isEmpty())
        body.encounter = pick(m_records); // usually another patient's or institution's: invalid
    else if (roll < 44)
        body.encounter = randomHash(); // no such record: unknown
    return signAs(WalkAction::Issue, sender, body,
                  QStringLiteral("invoice %1 from %2 to %3 encounter %4")
                      .arg(body.amount)
                      .arg(nameOf(sender), nameOf(patient),
                           body.encounter ? shortHex(*body.encounter) : QStringLiteral("-")));
}

std::optional<Hash> WalletWalk::findInvoice(const std::function<bool(const model::Invoice &)> &want)
{
    if (m_invoices.isEmpty())
        return std::nullopt;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const Hash &id = pick(m_invoices);
        if (want(m.invoices.at(id)))
            return id;
    }
    return std::nullopt;
}

std::optional<Candidate> WalletWalk::payInvoice()
{
    const auto open = [](const model::Invoice &i) { return i.status == InvoiceStatus::Open; };
    const auto closed = [](const model::Invoice &i) { return i.status != InvoiceStatus::Open; };
    const auto any = [](const model::Invoice &) { return true; };
    const int roll = int(m_rng.bounded(100));
    std::optional<Hash> id;
    IdentityId sender;
    QString what;
    if (roll < 12 && (id = findInvoice(closed))) {
        sender = m.invoices.at(*id).patient; // paid or cancelled already: state
        what = QStringLiteral("a closed invoice");
    } else if (roll < 22 && (id = findInvoice(any))) {
        sender = pick(m_patients); // someone else's (unless the draw is its patient)
        what = QStringLiteral("maybe someone else's invoice");
    } else if (roll < 26 || !(id = findInvoice(open))) {
        id = randomHash();
        sender = pick(m_patients);
        what = QStringLiteral("an unknown invoice");
    } else {
        sender = m.invoices.at(*id).patient;
        what = QStringLiteral("an open invoice");
    }
    return signAs(WalkAction::Pay, sender, wallet::PayInvoice {*id},
                  QStringLiteral("%1 pays %2 %3").arg(nameOf(sender), what, shortHex(*id)));
}

std::optional<Candidate> WalletWalk::cancelInvoice()
{
    const int roll = int(m_rng.bounded(100));
    std::optional<Hash> id = roll < 90 ? findInvoice([&](const model::Invoice &i) {
        return (roll < 60) == (i.status == InvoiceStatus::Open);
    })
                                       : std::nullopt;
    IdentityId sender;
    if (!id) {
        id = randomHash();
        sender = chance(50) ? m_hospital->id() : m_clinic->id();
    } else {
        sender = m.invoices.at(*id).institution;
        if (roll >= 75) // the other institution: not-authorised
            sender = sender == m_hospital->id() ? m_clinic->id() : m_hospital->id();
    }
    return signAs(WalkAction::Cancel, sender, wallet::CancelInvoice {*id},
                  QStringLiteral("%1 cancels %2").arg(nameOf(sender), shortHex(*id)));
}

std::optional<Candidate> WalletWalk::createProgram()
{
    const int roll = int(m_rng.bounded(100));
    const IdentityId sender = roll < 45 ? m_authority
        : roll < 90                     ? m_sponsor->id()
                                        : (chance(50) ? m_hospital->id() : m_manager->id());
    wallet::CreateProgram body;
    body.name = QStringLiteral("Program %1").arg(m_programs.size() + 1);
    if (chance(50))
        body.category = RecordCategory(1 + m_rng.bounded(5));
    if (chance(50)) {
        while (body.codes.isEmpty())
            for (const QString &code : diagnosisCodes())
                if (chance(50))
                    body.codes.append(code);
    }
    // Small pools and round amounts, so that pools run dry and caps and pools meet exactly.
    body.amountPerEvent = amountBetween(100, 3'000, 500);
    body.capPerPatient = chance(40) ? 0 : amountBetween(500, 10'000, 500);
    body.funding = chance(25) ? 0
        : chance(10)          ? spend(balanceOf(sender), 30, 50'000)
                              : amountBetween(500, 30'000, 500);
    return signAs(WalkAction::CreateProgram, sender, body,
                  QStringLiteral("%1 creates a program (%2 per event, cap %3, funding %4, "
                                 "codes %5)")
                      .arg(nameOf(sender))
                      .arg(body.amountPerEvent)
                      .arg(body.capPerPatient)
                      .arg(body.funding)
                      .arg(body.codes.join(QLatin1Char(','))));
}

std::optional<Candidate> WalletWalk::fundProgram()
{
    const QList<IdentityId> owners {m_authority, m_sponsor->id(), m_hospital->id()};
    if (m_programs.isEmpty() || chance(5)) {
        const IdentityId &sender = pick(owners);
        return signAs(WalkAction::FundProgram, sender,
                      wallet::FundProgram {randomHash(), between(1, 10'000)},
                      QStringLiteral("%1 funds an unknown program").arg(nameOf(sender)));
    }
    const Hash &program = pick(m_programs);
    IdentityId sender = m.programs.at(program).owner;
    if (chance(10))
        sender = pick(owners); // not the owner, unless the draw is
    const Amount amount
        = chance(15) ? spend(balanceOf(sender), 30, 50'000) : amountBetween(500, 20'000, 500);
    return signAs(WalkAction::FundProgram, sender, wallet::FundProgram {program, amount},
                  QStringLiteral("%1 funds program %2 with %3")
                      .arg(nameOf(sender), shortHex(program))
                      .arg(amount));
}

std::optional<Candidate> WalletWalk::enroll()
{
    const QList<IdentityId> owners {m_authority, m_sponsor->id(), m_hospital->id()};
    const IdentityId &patient = pick(m_patients);
    if (m_programs.isEmpty() || chance(4)) {
        const IdentityId &sender = pick(owners);
        return signAs(WalkAction::Enroll, sender, wallet::EnrollBeneficiary {randomHash(), patient},
                      QStringLiteral("%1 enrolls in an unknown program").arg(nameOf(sender)));
    }
    const Hash &program = pick(m_programs);
    IdentityId sender = m.programs.at(program).owner;
    if (chance(8))
        sender = pick(owners);
    return signAs(WalkAction::Enroll, sender, wallet::EnrollBeneficiary {program, patient},
                  QStringLiteral("%1 enrolls %2 in %3")
                      .arg(nameOf(sender), nameOf(patient), shortHex(program)));
}

std::optional<Candidate> WalletWalk::record()
{
    const Member &doctor = chance(50) ? *m_doctorH : *m_doctorC;
    const IdentityId institution = m.identities.at(doctor.id()).parent;
    const IdentityId &patientId = pick(m_patients);
    const Member &patient = *m_members.at(patientId);
    const RecordCategory category
        = chance(50) ? RecordCategory::Encounter : RecordCategory(1 + m_rng.bounded(5));
    QList<Hash> claims;
    // Mostly the programs the patient is in, so that claims pay; a few others too.
    for (const Hash &program : std::as_const(m_codePrograms))
        if (claims.size() < 10 && chance(m.enrolments.contains({patientId, program}) ? 70 : 8))
            claims.append(program);
    if (chance(4) && !m_plainPrograms.isEmpty())
        claims.append(pick(m_plainPrograms)); // a program without codes: invalid
    if (chance(3))
        claims.append(randomHash()); // unknown
    std::sort(claims.begin(), claims.end());
    claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
    records::AddRecord body = f.record(doctor, patient, {patientId, doctor.id(), institution},
                                       visitContent(), category);
    body.claims = claims;
    return signAs(WalkAction::Record, doctor.id(), body,
                  QStringLiteral("%1 records for %2 (category %3, %4 claims)")
                      .arg(nameOf(doctor.id()), nameOf(patientId))
                      .arg(int(category))
                      .arg(claims.size()));
}

std::optional<Candidate> WalletWalk::createFund()
{
    if (m_funds.size() >= kMaxFunds)
        return subscribe();
    const IdentityId sender = chance(10) ? m_hospital->id()
        : chance(60)                     ? m_manager->id()
                                         : m_manager2->id();
    return signAs(WalkAction::CreateFund, sender,
                  wallet::CreateFund {QStringLiteral("Fund %1").arg(m_funds.size() + 1)},
                  QStringLiteral("%1 creates a fund").arg(nameOf(sender)));
}

std::optional<Candidate> WalletWalk::subscribe()
{
    if (m_funds.isEmpty())
        return createFund();
    const IdentityId &sender = pick(m_holders);
    const Hash fund = chance(4) ? randomHash() : pick(m_funds);
    const Amount balance = balanceOf(sender);
    const Amount amount = balance > 1 && chance(80) ? between(1, balance / 2) : spend(balance, 100);
    return signAs(WalkAction::Subscribe, sender, wallet::Subscribe {fund, amount},
                  QStringLiteral("%1 subscribes %2 to %3")
                      .arg(nameOf(sender))
                      .arg(amount)
                      .arg(shortHex(fund)));
}

std::optional<Candidate> WalletWalk::redeem()
{
    const int roll = int(m_rng.bounded(100));
    if (roll < 5 || m_funds.isEmpty()) {
        const IdentityId &sender = pick(m_holders);
        return signAs(WalkAction::Redeem, sender, wallet::Redeem {randomHash(), between(1, 10'000)},
                      QStringLiteral("%1 redeems from an unknown fund").arg(nameOf(sender)));
    }
    if (roll < 18 || m_holdings.isEmpty()) {
        const IdentityId &sender = pick(m_holders); // often no holder of this fund: funds
        const Hash &fund = pick(m_funds);
        const Amount amount = between(1, 100'000);
        return signAs(WalkAction::Redeem, sender, wallet::Redeem {fund, amount},
                      QStringLiteral("%1 redeems %2 from %3 (maybe holding nothing)")
                          .arg(nameOf(sender))
                          .arg(amount)
                          .arg(shortHex(fund)));
    }
    const auto &[fund, holder] = pick(m_holdings);
    const qint64 held = m.holding(fund, holder);
    const qint64 shares = m.funds.at(fund).shares;
    const Amount value = shares == 0
        ? 0
        : Amount(model::Wide(held) * m.balance(fund) / shares); // what the holding is worth
    Amount amount = 0;
    const int how = int(m_rng.bounded(100));
    if (value == 0)
        amount = between(1, 100);
    else if (how < 65)
        amount = between(1, value);
    else if (how < 75)
        amount = value;
    else
        amount = between(value + 1, value + value / 2 + 10); // beyond the holding: funds
    return signAs(WalkAction::Redeem, holder, wallet::Redeem {fund, amount},
                  QStringLiteral("%1 redeems %2 of %3 from %4")
                      .arg(nameOf(holder))
                      .arg(amount)
                      .arg(value)
                      .arg(shortHex(fund)));
}

std::optional<Candidate> WalletWalk::publishYield()
{
    if (m_funds.isEmpty())
        return createFund();
    const Hash &fund = pick(m_funds);
    const model::Fund &info = m.funds.at(fund);
    IdentityId sender = info.issuer;
    if (chance(8)) // not the issuer: not-authorised
        sender = chance(50)                  ? m_hospital->id()
            : info.issuer == m_manager->id() ? m_manager2->id()
                                             : m_manager->id();
    const qint64 today = m_at.time / model::kDayMs;
    const qint64 last = info.lastDay;
    const int roll = int(m_rng.bounded(100));
    qint64 day = today;
    if (roll < 65) {
        const qint64 from = std::max(last + 1, today - 5);
        day = from <= today ? between(from, today) : today;
    } else if (roll < 80) {
        day = last >= 0 ? last : today; // the same day twice: state
    } else if (roll < 90) {
        day = today + 1 + m_rng.bounded(3); // a day that has not begun: invalid
    } else {
        day = last >= 0 ? between(std::max<qint64>(0, last - 3), last) : today - 2;
    }
    const quint64 rate
        = chance(10) ? 0 : quint64(between(1, qint64(wallet::PublishYield::MaxRatePpb)));
    return signAs(WalkAction::Yield, sender, wallet::PublishYield {fund, day, rate},
                  QStringLiteral("%1 publishes day %2 (today %3, last %4) at %5 ppb for %6")
                      .arg(nameOf(sender))
                      .arg(day)
                      .arg(today)
                      .arg(last)
                      .arg(rate)
                      .arg(shortHex(fund)));
}

std::optional<Candidate> WalletWalk::replay()
{
    if (m_committed.isEmpty())
        return deposit();
    const auto &[bytes, sender] = pick(m_committed);
    const QString code = m.identities.at(sender).revoked ? errors::revoked() : errors::nonce();
    return expect(WalkAction::Replay, sender, bytes, code,
                  QStringLiteral("replay of a transaction by %1").arg(nameOf(sender)));
}

std::optional<Candidate> WalletWalk::nonceGap()
{
    const IdentityId &sender = pick(m_holders);
    const quint64 nonce = m.identities.at(sender).nonce + 2 + m_rng.bounded(3);
    return signAs(WalkAction::NonceGap, sender,
                  wallet::Withdraw {m_gateway->id(), 1, QStringLiteral("G-%1").arg(++m_references)},
                  QStringLiteral("%1 skips to nonce %2").arg(nameOf(sender)).arg(nonce), nonce);
}

std::optional<Candidate> WalletWalk::forged()
{
    // The sender field names the victim; the signature is the attacker's own.
    const IdentityId &attacker = pick(m_holders);
    IdentityId victim = pick(m_holders);
    if (victim == attacker)
        victim = m_authority == attacker ? m_hospital->id() : m_authority;
    Transaction tx;
    tx.chainId = f.network.genesis.chainId;
    tx.nonce = m.identities.at(victim).nonce + 1;
    tx.time = m_at.time;
    tx.body = wallet::Withdraw {m_gateway->id(), std::max<Amount>(1, balanceOf(victim)),
                                QStringLiteral("F-%1").arg(++m_references)};
    tx.sign(keyOf(attacker));
    tx.sender = victim;
    return expect(
        WalkAction::Forged, victim, tx.encode(), errors::signature(),
        QStringLiteral("%1 signs a withdrawal as %2").arg(nameOf(attacker), nameOf(victim)));
}

std::optional<Candidate> WalletWalk::outsider()
{
    const Hash fund = m_funds.isEmpty() ? randomHash() : pick(m_funds);
    return signAs(WalkAction::Outsider, m_outsider.id(), wallet::Subscribe {fund, between(1, 1000)},
                  QStringLiteral("an unenrolled key subscribes"));
}

QList<Candidate> WalletWalk::revocations()
{
    // The clinic (its doctor's records, its invoices), the sponsor (its programs), the second
    // fund manager (its fund) and a patient leave, in the middle of a block.
    QList<Candidate> out;
    const IdentityId leaving[] {m_clinic->id(), m_sponsor->id(), m_manager2->id(),
                                m_patients.last()};
    for (const IdentityId &who : leaving)
        if (auto c = signAs(WalkAction::Revoke, m_authority,
                            identity::RevokeIdentity {who, QStringLiteral("randomized test")},
                            QStringLiteral("authority revokes %1").arg(nameOf(who))))
            out.append(*c);
    return out;
}

} // namespace medchain::test
