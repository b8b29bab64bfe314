#include "client/WalletReads.h"

#include "chain/Ledger.h"
#include "chain/Transaction.h"
#include "client/PartyNames.h"
#include "wallet/WalletRules.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace medchain::client {

using chain::EntryKind;

namespace {
// The position of the PublishYield of fund for day within its block, to order it against the
// holder's own fund orders in the same block.
std::optional<int> yieldPosition(const chain::Ledger &ledger, const chain::YieldInfo &yield)
{
    const auto block = ledger.block(yield.height);
    if (!block)
        return std::nullopt;
    for (int i = 0; i < block->transactions.size(); ++i) {
        const auto tx = chain::Transaction::decode(block->transactions[i]);
        if (!tx)
            continue;
        if (const auto *publish = std::get_if<wallet::PublishYield>(&tx->body);
            publish && publish->fund == yield.fund && publish->day == yield.day)
            return i;
    }
    return std::nullopt;
}

// The holder's shares of fund just before yield was paid.
qint64 sharesAtYield(const chain::Ledger &ledger, const QList<chain::EntryInfo> &orders,
                     const chain::YieldInfo &yield)
{
    qint64 shares = 0;
    std::optional<int> position;
    for (const chain::EntryInfo &order : orders) {
        if (order.height > yield.height)
            break;
        if (order.height == yield.height) {
            if (!position)
                position = yieldPosition(ledger, yield);
            const auto at = ledger.locate(order.tx);
            if (!position || !at || at->second > *position)
                continue;
        }
        shares += order.shares;
    }
    return shares;
}

void addAccruedYields(const chain::Ledger &ledger, const IdentityId &holder,
                      const QList<chain::EntryInfo> &statement, QList<WalletLine> &lines)
{
    const chain::LedgerState &state = ledger.state();
    for (const chain::HoldingInfo &holding : state.holdingsOf(holder)) {
        QList<chain::EntryInfo> orders;
        for (const chain::EntryInfo &entry : statement)
            if ((entry.kind == EntryKind::Subscription || entry.kind == EntryKind::Redemption)
                && entry.counterparty == holding.fund)
                orders.append(entry);
        const QString fundName = WalletReads::accountName(state, holding.fund);
        for (const chain::YieldInfo &yield : state.yields(holding.fund)) {
            const qint64 shares = sharesAtYield(ledger, orders, yield);
            if (shares <= 0 || yield.totalShares <= 0 || yield.amount <= 0)
                continue;
            const auto share = wallet::mulDivFloor(shares, yield.amount, yield.totalShares);
            if (!share || *share == 0)
                continue;
            WalletLine line;
            line.height = yield.height;
            if (const auto header = ledger.header(yield.height))
                line.time = header->time;
            line.kind = EntryKind::Yield;
            line.delta = *share;
            line.counterpartyId = holding.fund;
            line.counterparty = fundName;
            line.shares = shares;
            line.accrued = true;
            lines.append(line);
        }
    }
}
} // namespace

QString WalletReads::accountName(const chain::LedgerState &state, const wallet::AccountId &account)
{
    if (const auto who
        = state.identity(chain::fixedFrom<chain::IdentityId>(chain::bytesOf(account))))
        return who->name;
    if (const auto program = state.program(account))
        return program->name;
    if (const auto fund = state.fund(account))
        return fund->name;
    return QString();
}

QString WalletReads::feeTypeText(wallet::FeeType type)
{
    switch (type) {
    case wallet::FeeType::Registration:
        return tr("Registration fee");
    case wallet::FeeType::RecordManagement:
        return tr("Record management fee");
    case wallet::FeeType::OnlineConsultation:
        return tr("Online consultation fee");
    }
    return QString();
}

QList<WalletLine> WalletReads::history(const chain::Ledger &ledger, const IdentityId &holder)
{
    const chain::LedgerState &state = ledger.state();
    const QList<chain::EntryInfo> statement = state.statement(wallet::accountOf(holder));
    QList<WalletLine> lines;
    auto recordTime = [&](const Hash &record) {
        const auto info = state.record(record);
        return info ? info->encounterTime : 0;
    };
    for (const chain::EntryInfo &entry : statement) {
        WalletLine line;
        line.time = entry.time;
        line.height = entry.height;
        line.kind = entry.kind;
        line.delta = entry.delta;
        line.balance = entry.balance;
        line.counterpartyId = entry.counterparty;
        line.counterparty = accountName(state, entry.counterparty);
        line.shares = entry.shares;
        line.transaction = entry.tx;
        const bool subjectIsHash = entry.subject.size() == qsizetype(Hash::Size);
        switch (entry.kind) {
        case EntryKind::Deposit:
        case EntryKind::Withdrawal:
            line.reference = line.detail = QString::fromUtf8(entry.subject);
            break;
        case EntryKind::Invoice:
            if (const auto invoice = subjectIsHash
                    ? state.invoice(chain::fixedFrom<Hash>(entry.subject))
                    : std::nullopt) {
                line.invoice = invoice->id;
                line.detail = feeTypeText(invoice->feeType);
                line.record = invoice->encounter;
            }
            break;
        case EntryKind::Subsidy:
            if (subjectIsHash)
                line.record = chain::fixedFrom<Hash>(entry.subject);
            line.subsidyStatus = chain::SubsidyStatus::Paid;
            break;
        default:
            break;
        }
        if (line.record)
            line.recordTime = recordTime(*line.record);
        lines.append(line);
    }
    // A subsidy cut short says so; one that paid nothing moved no money and has its own line.
    for (const chain::SubsidyInfo &subsidy : state.subsidiesFor(holder)) {
        if (subsidy.amount != 0) {
            for (WalletLine &line : lines)
                if (line.kind == EntryKind::Subsidy && line.record == subsidy.record
                    && line.height == subsidy.height)
                    line.subsidyStatus = subsidy.status;
            continue;
        }
        WalletLine line;
        line.time = subsidy.time;
        line.height = subsidy.height;
        line.kind = EntryKind::Subsidy;
        line.counterpartyId = subsidy.program;
        line.counterparty = accountName(state, subsidy.program);
        line.subsidyStatus = subsidy.status;
        line.record = subsidy.record;
        line.recordTime = recordTime(subsidy.record);
        lines.append(line);
    }
    addAccruedYields(ledger, holder, statement, lines);
    inChainOrder(lines);
    return lines;
}

QList<WalletLine> WalletReads::monthlyYields(const QList<WalletLine> &history)
{
    QList<WalletLine> lines;
    std::map<std::pair<wallet::AccountId, QString>, qsizetype> monthLine;
    for (const WalletLine &line : history) {
        if (!line.accrued) {
            lines.append(line);
            continue;
        }
        const QString month = QDateTime::fromMSecsSinceEpoch(line.time, QTimeZone(8 * 3600))
                                  .toString(QStringLiteral("yyyy-MM"));
        const auto key = std::make_pair(line.counterpartyId, month);
        if (const auto found = monthLine.find(key); found != monthLine.end()) {
            WalletLine &merged = lines[found->second];
            merged.delta += line.delta;
            merged.time = line.time;
            merged.height = line.height;
            merged.shares = line.shares;
            continue;
        }
        monthLine.emplace(key, lines.size());
        lines.append(line);
    }
    inChainOrder(lines);
    return lines;
}

void WalletReads::inChainOrder(QList<WalletLine> &lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const WalletLine &a, const WalletLine &b) { return a.height < b.height; });
    // Lines that moved no money take the balance of the entry before them.
    Amount balance = 0;
    for (WalletLine &line : lines) {
        if (line.transaction != Hash {})
            balance = line.balance;
        else
            line.balance = balance;
    }
}

InvoiceEntry WalletReads::invoiceEntry(const chain::Ledger &ledger,
                                       const chain::InvoiceInfo &invoice, PartyNames &parties)
{
    InvoiceEntry entry;
    entry.id = invoice.id;
    entry.institution = parties(invoice.institution);
    entry.patient = parties(invoice.patient);
    entry.feeType = invoice.feeType;
    entry.amount = invoice.amount;
    entry.encounter = invoice.encounter;
    if (invoice.encounter)
        if (const auto record = ledger.state().record(*invoice.encounter))
            entry.encounterTime = record->encounterTime;
    entry.status = invoice.status;
    if (const auto header = ledger.header(invoice.height))
        entry.issued = header->time;
    return entry;
}

QList<InvoiceEntry> WalletReads::issuedInvoices(const chain::Ledger &ledger,
                                                const IdentityId &institution)
{
    QList<InvoiceEntry> entries;
    PartyNames parties(ledger.state());
    for (const chain::InvoiceInfo &invoice :
         ledger.state().invoicesIssuedBy(institution, MaxIssuedInvoices))
        entries.append(invoiceEntry(ledger, invoice, parties));
    return entries;
}

WalletSnapshot WalletReads::snapshot(const chain::Ledger &ledger, const IdentityId &holder)
{
    const chain::LedgerState &state = ledger.state();
    WalletSnapshot snapshot;
    snapshot.balance = state.balance(wallet::accountOf(holder));
    snapshot.history = monthlyYields(history(ledger, holder));
    std::reverse(snapshot.history.begin(), snapshot.history.end());

    PartyNames parties(state);
    for (const chain::InvoiceInfo &invoice : state.invoicesFor(holder))
        snapshot.invoices.append(invoiceEntry(ledger, invoice, parties));
    std::stable_sort(snapshot.invoices.begin(), snapshot.invoices.end(),
                     [](const InvoiceEntry &a, const InvoiceEntry &b) {
                         const bool aOpen = a.status == chain::InvoiceStatus::Open;
                         const bool bOpen = b.status == chain::InvoiceStatus::Open;
                         return aOpen != bOpen ? aOpen : a.issued > b.issued;
                     });

    for (const chain::FundInfo &fund : state.funds()) {
        FundEntry entry;
        entry.id = fund.id;
        entry.name = fund.name;
        if (const auto issuer = state.identity(fund.issuer))
            entry.issuer = PartyNames::from(*issuer, QString());
        entry.issuer.id = fund.issuer;
        entry.shares = state.holding(fund.id, holder);
        entry.totalShares = fund.totalShares;
        entry.assets = state.balance(fund.id);
        entry.value = wallet::valueOf(entry.shares, entry.assets, fund.totalShares);
        snapshot.funds.append(entry);
    }
    for (const chain::IdentityInfo &info : state.identitiesWithRole(chain::Role::Institution))
        if (!info.revoked && info.kind == chain::InstitutionKind::PaymentGateway)
            snapshot.gateways.append(PartyNames::from(info, QString()));
    return snapshot;
}

} // namespace medchain::client
