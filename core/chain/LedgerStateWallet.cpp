// The wallet's state: accounts and statements, payments, invoices, programs, funds.
#include "chain/LedgerStateImpl.h"

namespace medchain::chain {

using storage::Statement;

namespace {
const QLatin1Char kCodeSeparator(' ');

std::optional<Hash> optionalHash(const Statement &s, int column)
{
    if (s.columnIsNull(column))
        return std::nullopt;
    return fixedFrom<Hash>(s.columnBlob(column));
}

void bindOptional(Statement &s, int index, const std::optional<Hash> &hash)
{
    if (hash)
        s.bindBlob(index, bytesOf(*hash));
    else
        s.bindNull(index);
}

InvoiceInfo invoiceFrom(const Statement &s)
{
    InvoiceInfo i;
    i.id = fixedFrom<Hash>(s.columnBlob(0));
    i.institution = fixedFrom<IdentityId>(s.columnBlob(1));
    i.patient = fixedFrom<IdentityId>(s.columnBlob(2));
    i.feeType = wallet::FeeType(s.columnInt64(3));
    i.amount = s.columnInt64(4);
    i.encounter = optionalHash(s, 5);
    i.status = InvoiceStatus(s.columnInt64(6));
    i.settlement = optionalHash(s, 7);
    i.height = quint64(s.columnInt64(8));
    return i;
}
} // namespace

// --- writes ---------------------------------------------------------------------------------

void LedgerState::moveMoney(const Movement &m)
{
    if (m.amount <= 0 || (!m.from && !m.to) || ((!m.from || !m.to) && !m.gateway)) {
        d->fail(tr("A money movement is malformed."));
        return;
    }
    // What the account's statement said before this block first touched it: the starting
    // point of the block's conservation check. Taken from the statement rather than the
    // balance row, so a balance edited behind the rules' back breaks the check.
    const auto remember = [&](const AccountId &account) {
        if (d->balancesBefore.count(account))
            return;
        auto s = d->prepare(
            "SELECT balance FROM entries WHERE account = ?1 ORDER BY rowid DESC LIMIT 1");
        if (!s)
            return;
        s->bindBlob(1, bytesOf(account));
        d->balancesBefore.emplace(account, d->firstRow(s) ? s->columnInt64(0) : 0);
    };
    const auto post = [&](const AccountId &account, Amount delta, const AccountId &counterparty) {
        remember(account);
        const Amount before = balance(account);
        const auto after = wallet::checkedAdd(before, delta);
        if (!after || *after < 0) {
            d->fail(tr("A movement would overdraw or overflow an account."));
            return;
        }
        auto account_ = d->prepare("INSERT OR REPLACE INTO accounts(id, balance) VALUES(?1, ?2)");
        if (!account_)
            return;
        account_->bindBlob(1, bytesOf(account)).bindInt64(2, *after);
        d->run(account_);
        auto entry = d->prepare("INSERT INTO entries(account, delta, balance, kind, counterparty, "
                                "subject, shares, tx, height) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!entry)
            return;
        entry->bindBlob(1, bytesOf(account)).bindInt64(2, delta).bindInt64(3, *after);
        entry->bindInt64(4, qint64(m.kind)).bindBlob(5, bytesOf(counterparty));
        entry->bindBlob(6, m.subject).bindInt64(7, m.shares).bindBlob(8, bytesOf(m.tx));
        entry->bindInt64(9, qint64(m.height));
        d->run(entry);
        d->effect(PutEntry, account, delta, *after, m.kind, counterparty, m.subject, m.shares, m.tx,
                  m.height);
    };
    if (m.from)
        post(*m.from, -m.amount, m.to ? *m.to : *m.gateway);
    if (m.to)
        post(*m.to, m.amount, m.from ? *m.from : *m.gateway);
}

void LedgerState::putPayment(const PaymentInfo &p)
{
    auto s = d->prepare("INSERT INTO payments(gateway, reference, kind, account, amount, tx, "
                        "height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(p.gateway)).bindText(2, p.reference).bindInt64(3, qint64(p.kind));
    s->bindBlob(4, bytesOf(p.account)).bindInt64(5, p.amount).bindBlob(6, bytesOf(p.tx));
    s->bindInt64(7, qint64(p.height));
    d->run(s);
    Amount &total = p.kind == PaymentKind::Deposit ? d->blockDeposits : d->blockWithdrawals;
    if (const auto sum = wallet::checkedAdd(total, p.amount))
        total = *sum;
    else
        d->fail(tr("The block's payments overflow."));
    d->effect(PutPayment, p.gateway, p.reference, p.kind, p.account, p.amount, p.tx, p.height);
}

void LedgerState::putInvoice(const InvoiceInfo &i)
{
    auto s = d->prepare("INSERT INTO invoices(id, institution, patient, fee_type, amount, "
                        "encounter, status, settlement, height) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(i.id)).bindBlob(2, bytesOf(i.institution));
    s->bindBlob(3, bytesOf(i.patient)).bindInt64(4, qint64(i.feeType)).bindInt64(5, i.amount);
    bindOptional(*s, 6, i.encounter);
    s->bindInt64(7, qint64(i.status));
    bindOptional(*s, 8, i.settlement);
    s->bindInt64(9, qint64(i.height));
    d->run(s);
    d->effect(PutInvoice, i.id, i.institution, i.patient, i.feeType, i.amount, i.encounter,
              i.status, i.settlement, i.height);
}

void LedgerState::setInvoiceStatus(const Hash &invoice, InvoiceStatus status,
                                   const Hash &settlement)
{
    auto s = d->prepare("UPDATE invoices SET status = ?2, settlement = ?3 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(invoice)).bindInt64(2, qint64(status)).bindBlob(3, bytesOf(settlement));
    d->run(s);
    d->effect(SetInvoiceStatus, invoice, status, settlement);
}

void LedgerState::putProgram(const ProgramInfo &p)
{
    auto s = d->prepare("INSERT INTO programs(id, owner, name, category, codes, amount_per_event, "
                        "cap_per_patient, height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!s)
        return;
    const QString codes = p.codes.join(kCodeSeparator);
    s->bindBlob(1, bytesOf(p.id)).bindBlob(2, bytesOf(p.owner)).bindText(3, p.name);
    if (p.category)
        s->bindInt64(4, qint64(*p.category));
    else
        s->bindNull(4);
    s->bindText(5, codes).bindInt64(6, p.amountPerEvent).bindInt64(7, p.capPerPatient);
    s->bindInt64(8, qint64(p.height));
    d->run(s);
    d->effect(PutProgram, p.id, p.owner, p.name, p.category, codes, p.amountPerEvent,
              p.capPerPatient, p.height);
}

void LedgerState::putBeneficiary(const BeneficiaryInfo &b)
{
    auto s = d->prepare(
        "INSERT INTO beneficiaries(program, patient, paid, height) VALUES(?1, ?2, ?3, ?4)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(b.program)).bindBlob(2, bytesOf(b.patient)).bindInt64(3, b.paid);
    s->bindInt64(4, qint64(b.height));
    d->run(s);
    d->effect(PutBeneficiary, b.program, b.patient, b.paid, b.height);
}

void LedgerState::setBeneficiaryPaid(const Hash &program, const IdentityId &patient, Amount paid)
{
    auto s = d->prepare("UPDATE beneficiaries SET paid = ?3 WHERE program = ?1 AND patient = ?2");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(program)).bindBlob(2, bytesOf(patient)).bindInt64(3, paid);
    d->run(s);
    d->effect(SetBeneficiaryPaid, program, patient, paid);
}

void LedgerState::putSubsidy(const SubsidyInfo &x)
{
    auto s = d->prepare("INSERT INTO subsidies(record, program, patient, amount, status, height) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(x.record)).bindBlob(2, bytesOf(x.program));
    s->bindBlob(3, bytesOf(x.patient)).bindInt64(4, x.amount).bindInt64(5, qint64(x.status));
    s->bindInt64(6, qint64(x.height));
    d->run(s);
    d->effect(PutSubsidy, x.record, x.program, x.patient, x.amount, x.status, x.height);
}

void LedgerState::putFund(const FundInfo &f)
{
    auto s = d->prepare("INSERT INTO funds(id, issuer, name, total_shares, last_yield_day, height) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(f.id)).bindBlob(2, bytesOf(f.issuer)).bindText(3, f.name);
    s->bindInt64(4, f.totalShares).bindInt64(5, f.lastYieldDay).bindInt64(6, qint64(f.height));
    d->run(s);
    d->effect(PutFund, f.id, f.issuer, f.name, f.totalShares, f.lastYieldDay, f.height);
}

void LedgerState::setFund(const Hash &fund, qint64 totalShares, qint64 lastYieldDay)
{
    auto s = d->prepare("UPDATE funds SET total_shares = ?2, last_yield_day = ?3 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(fund)).bindInt64(2, totalShares).bindInt64(3, lastYieldDay);
    d->run(s);
    d->effect(SetFund, fund, totalShares, lastYieldDay);
}

void LedgerState::setHolding(const Hash &fund, const IdentityId &holder, qint64 shares)
{
    auto s = d->prepare("INSERT OR REPLACE INTO holdings(fund, holder, shares) VALUES(?1, ?2, ?3)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(fund)).bindBlob(2, bytesOf(holder)).bindInt64(3, shares);
    d->run(s);
    d->effect(SetHolding, fund, holder, shares);
}

void LedgerState::putYield(const YieldInfo &y)
{
    auto s = d->prepare("INSERT INTO yields(fund, day, rate_ppb, amount, assets_before, "
                        "total_shares, height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(y.fund)).bindInt64(2, y.day).bindInt64(3, qint64(y.ratePpb));
    s->bindInt64(4, y.amount).bindInt64(5, y.assetsBefore).bindInt64(6, y.totalShares);
    s->bindInt64(7, qint64(y.height));
    d->run(s);
    d->effect(PutYield, y.fund, y.day, y.ratePpb, y.amount, y.assetsBefore, y.totalShares,
              y.height);
}

Result<void> LedgerState::checkBlockConservation()
{
    Amount change = 0;
    bool overflow = false;
    for (const auto &[account, before] : d->balancesBefore) {
        const Amount now = balance(account);
        if (now < 0)
            return Error {tr("An account's balance is negative.")};
        Amount delta = 0;
        overflow |= qSubOverflow(now, before, &delta) || qAddOverflow(change, delta, &change);
    }
    Amount issued = 0;
    overflow |= qSubOverflow(d->blockDeposits, d->blockWithdrawals, &issued);
    d->forgetBlockMoney();
    if (overflow || change != issued)
        return Error {tr("Money is not conserved: the balances changed by %1 fen, but deposits "
                         "minus withdrawals were %2 fen.")
                          .arg(change)
                          .arg(issued)};
    return {};
}

// --- reads ----------------------------------------------------------------------------------

Amount LedgerState::balance(const AccountId &account) const
{
    auto s = d->prepare("SELECT balance FROM accounts WHERE id = ?1");
    if (!s)
        return 0;
    s->bindBlob(1, bytesOf(account));
    return d->firstRow(s) ? s->columnInt64(0) : 0;
}

bool LedgerState::paymentExists(const IdentityId &gateway, PaymentKind kind,
                                const QString &reference, const IdentityId &account) const
{
    auto s = d->prepare("SELECT 1 FROM payments WHERE gateway = ?1 AND kind = ?2 AND "
                        "reference = ?3 AND (kind = 1 OR account = ?4)");
    if (!s)
        return false;
    s->bindBlob(1, bytesOf(gateway)).bindInt64(2, qint64(kind)).bindText(3, reference);
    s->bindBlob(4, bytesOf(account));
    return d->firstRow(s);
}

std::optional<InvoiceInfo> LedgerState::invoice(const Hash &id) const
{
    auto s = d->prepare("SELECT id, institution, patient, fee_type, amount, encounter, status, "
                        "settlement, height FROM invoices WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return invoiceFrom(*s);
}

QList<InvoiceInfo> LedgerState::invoicesFor(const IdentityId &patient) const
{
    QList<InvoiceInfo> invoices;
    auto s = d->prepare("SELECT id, institution, patient, fee_type, amount, encounter, status, "
                        "settlement, height FROM invoices WHERE patient = ?1 ORDER BY height, id");
    if (!s)
        return invoices;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        invoices.append(invoiceFrom(*s));
    return invoices;
}

QList<InvoiceInfo> LedgerState::invoicesIssuedBy(const IdentityId &institution, int limit) const
{
    QList<InvoiceInfo> invoices;
    auto s = d->prepare("SELECT id, institution, patient, fee_type, amount, encounter, status, "
                        "settlement, height FROM invoices WHERE institution = ?1 "
                        "ORDER BY height DESC, id LIMIT ?2");
    if (!s)
        return invoices;
    s->bindBlob(1, bytesOf(institution));
    s->bindInt64(2, limit);
    while (d->firstRow(s))
        invoices.append(invoiceFrom(*s));
    return invoices;
}

namespace {
constexpr const char *kProgramColumns
    = "SELECT id, owner, name, category, codes, amount_per_event, "
      "cap_per_patient, height FROM programs ";

ProgramInfo programFrom(const storage::Statement &s)
{
    ProgramInfo p;
    p.id = fixedFrom<Hash>(s.columnBlob(0));
    p.owner = fixedFrom<IdentityId>(s.columnBlob(1));
    p.name = s.columnText(2);
    if (!s.columnIsNull(3))
        p.category = RecordCategory(s.columnInt64(3));
    p.codes = s.columnText(4).split(kCodeSeparator, Qt::SkipEmptyParts);
    p.amountPerEvent = s.columnInt64(5);
    p.capPerPatient = s.columnInt64(6);
    p.height = quint64(s.columnInt64(7));
    return p;
}
} // namespace

std::optional<ProgramInfo> LedgerState::program(const Hash &id) const
{
    auto s = d->prepare(QByteArray(kProgramColumns).append("WHERE id = ?1"));
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return programFrom(*s);
}

QList<ProgramInfo> LedgerState::programs() const
{
    QList<ProgramInfo> programs;
    auto s = d->prepare(QByteArray(kProgramColumns).append("ORDER BY name, id"));
    if (!s)
        return programs;
    while (d->firstRow(s))
        programs.append(programFrom(*s));
    return programs;
}

std::optional<BeneficiaryInfo> LedgerState::beneficiary(const Hash &program,
                                                        const IdentityId &patient) const
{
    auto s
        = d->prepare("SELECT paid, height FROM beneficiaries WHERE program = ?1 AND patient = ?2");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(program)).bindBlob(2, bytesOf(patient));
    if (!d->firstRow(s))
        return std::nullopt;
    return BeneficiaryInfo {program, patient, s->columnInt64(0), quint64(s->columnInt64(1))};
}

QList<BeneficiaryInfo> LedgerState::enrolments(const IdentityId &patient) const
{
    QList<BeneficiaryInfo> enrolments;
    auto s = d->prepare("SELECT program, paid, height FROM beneficiaries WHERE patient = ?1 "
                        "ORDER BY program");
    if (!s)
        return enrolments;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        enrolments.append({fixedFrom<Hash>(s->columnBlob(0)), patient, s->columnInt64(1),
                           quint64(s->columnInt64(2))});
    return enrolments;
}

std::optional<FundInfo> LedgerState::fund(const Hash &id) const
{
    auto s = d->prepare(
        "SELECT issuer, name, total_shares, last_yield_day, height FROM funds WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return FundInfo {id,
                     fixedFrom<IdentityId>(s->columnBlob(0)),
                     s->columnText(1),
                     s->columnInt64(2),
                     s->columnInt64(3),
                     quint64(s->columnInt64(4))};
}

qint64 LedgerState::holding(const Hash &fund, const IdentityId &holder) const
{
    auto s = d->prepare("SELECT shares FROM holdings WHERE fund = ?1 AND holder = ?2");
    if (!s)
        return 0;
    s->bindBlob(1, bytesOf(fund)).bindBlob(2, bytesOf(holder));
    return d->firstRow(s) ? s->columnInt64(0) : 0;
}

QList<HoldingInfo> LedgerState::holdingsOf(const IdentityId &holder) const
{
    QList<HoldingInfo> holdings;
    auto s = d->prepare("SELECT fund, shares FROM holdings WHERE holder = ?1 ORDER BY fund");
    if (!s)
        return holdings;
    s->bindBlob(1, bytesOf(holder));
    while (d->firstRow(s))
        holdings.append({fixedFrom<Hash>(s->columnBlob(0)), holder, s->columnInt64(1)});
    return holdings;
}

QList<EntryInfo> LedgerState::statement(const AccountId &account) const
{
    QList<EntryInfo> entries;
    auto s
        = d->prepare("SELECT e.delta, e.balance, e.kind, e.counterparty, e.subject, e.shares, "
                     "e.tx, e.height, b.time FROM entries e JOIN blocks b ON b.height = e.height "
                     "WHERE e.account = ?1 ORDER BY e.rowid");
    if (!s)
        return entries;
    s->bindBlob(1, bytesOf(account));
    while (d->firstRow(s)) {
        EntryInfo e;
        e.account = account;
        e.delta = s->columnInt64(0);
        e.balance = s->columnInt64(1);
        e.kind = EntryKind(s->columnInt64(2));
        e.counterparty = fixedFrom<AccountId>(s->columnBlob(3));
        e.subject = s->columnBlob(4);
        e.shares = s->columnInt64(5);
        e.tx = fixedFrom<Hash>(s->columnBlob(6));
        e.height = quint64(s->columnInt64(7));
        e.time = s->columnInt64(8);
        entries.append(std::move(e));
    }
    return entries;
}

QList<SubsidyInfo> LedgerState::subsidiesFor(const IdentityId &patient) const
{
    QList<SubsidyInfo> subsidies;
    auto s = d->prepare("SELECT x.record, x.program, x.amount, x.status, x.height, b.time "
                        "FROM subsidies x JOIN blocks b ON b.height = x.height "
                        "WHERE x.patient = ?1 ORDER BY x.height, x.record, x.program");
    if (!s)
        return subsidies;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        subsidies.append({fixedFrom<Hash>(s->columnBlob(0)), fixedFrom<Hash>(s->columnBlob(1)),
                          patient, s->columnInt64(2), SubsidyStatus(s->columnInt64(3)),
                          quint64(s->columnInt64(4)), s->columnInt64(5)});
    return subsidies;
}

QList<YieldInfo> LedgerState::yields(const Hash &fund) const
{
    QList<YieldInfo> yields;
    auto s = d->prepare("SELECT day, rate_ppb, amount, assets_before, total_shares, height "
                        "FROM yields WHERE fund = ?1 ORDER BY day");
    if (!s)
        return yields;
    s->bindBlob(1, bytesOf(fund));
    while (d->firstRow(s))
        yields.append({fund, s->columnInt64(0), quint64(s->columnInt64(1)), s->columnInt64(2),
                       s->columnInt64(3), s->columnInt64(4), quint64(s->columnInt64(5))});
    return yields;
}

Result<WalletAudit> LedgerState::auditWallet() const
{
    WalletAudit audit;
    const auto query = [&](QByteArrayView sql, auto &&take) -> Result<void> {
        auto s = d->db.prepare(sql);
        if (!s)
            return s.failure();
        if (s->step() != Statement::Step::Row)
            return Error {
                tr("The wallet audit could not read the replica: %1").arg(s->errorMessage())};
        take(s.value());
        return {};
    };
    // SUM() fails on overflow rather than wrapping, which the audit reports as an error.
    if (auto ok = query("SELECT COALESCE(SUM(CASE WHEN kind = 1 THEN amount END), 0), "
                        "COALESCE(SUM(CASE WHEN kind = 2 THEN amount END), 0) FROM payments",
                        [&](const Statement &s) {
                            audit.deposits = s.columnInt64(0);
                            audit.withdrawals = s.columnInt64(1);
                        });
        !ok)
        return ok.failure();
    if (auto ok = query("SELECT COUNT(*), COALESCE(SUM(balance), 0), "
                        "COALESCE(SUM(balance < 0), 0) FROM accounts",
                        [&](const Statement &s) {
                            audit.accounts = s.columnInt64(0);
                            audit.balances = s.columnInt64(1);
                            audit.negativeBalances = s.columnInt64(2);
                        });
        !ok)
        return ok.failure();
    if (auto ok = query("SELECT COUNT(*) FROM accounts a WHERE a.balance != "
                        "(SELECT COALESCE(SUM(e.delta), 0) FROM entries e WHERE e.account = a.id)",
                        [&](const Statement &s) { audit.statementMismatches = s.columnInt64(0); });
        !ok)
        return ok.failure();
    if (auto ok = query("SELECT COUNT(*) FROM funds f WHERE f.total_shares != "
                        "(SELECT COALESCE(SUM(h.shares), 0) FROM holdings h WHERE h.fund = f.id)",
                        [&](const Statement &s) { audit.shareMismatches = s.columnInt64(0); });
        !ok)
        return ok.failure();
    return audit;
}

} // namespace medchain::chain
