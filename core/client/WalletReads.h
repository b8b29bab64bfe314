// A holder's wallet as people read it: balance, statement lines named and explained, invoices,
// funds with the holder's share of every published yield, and the gateways. Off the GUI thread.
#pragma once

#include "client/ClientTypes.h"
#include "client/PartyNames.h"

#include <QCoreApplication>

namespace medchain::chain {
class Ledger;
}

namespace medchain::client {

class WalletReads {
    Q_DECLARE_TR_FUNCTIONS(WalletReads)
public:
    /// The wallet tab: the history newest first, with yields by month (monthlyYields).
    static WalletSnapshot snapshot(const chain::Ledger &ledger, const IdentityId &holder);
    /// The statement, oldest first: every entry, subsidies that paid nothing, and the holder's
    /// share ⌊h × yield / S⌋ of each fund yield (protocol.md §4.28) as an accrued line.
    static QList<WalletLine> history(const chain::Ledger &ledger, const IdentityId &holder);
    /// history with each fund's accrued yields summed per month (China time): a daily yield
    /// would otherwise bury every other line. The month's line takes its last yield's time.
    static QList<WalletLine> monthlyYields(const QList<WalletLine> &history);
    /// The invoices institution issued, newest first (at most MaxIssuedInvoices).
    static QList<InvoiceEntry> issuedInvoices(const chain::Ledger &ledger,
                                              const IdentityId &institution);
    static constexpr int MaxIssuedInvoices = 500;
    /// An account's name: an identity's, a program's or a fund's; else empty.
    static QString accountName(const chain::LedgerState &state, const wallet::AccountId &account);
    static QString feeTypeText(wallet::FeeType type);

private:
    static InvoiceEntry invoiceEntry(const chain::Ledger &ledger, const chain::InvoiceInfo &invoice,
                                     PartyNames &parties);
    /// Sorted by height (stable), each line that moved no money showing the balance before it.
    static void inChainOrder(QList<WalletLine> &lines);
};

} // namespace medchain::client
