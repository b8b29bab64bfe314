// How the wallet page words money and its movements: "¥1,234.56" from integer fen (digits
// grouped on formatYuan's text, never through a double), entry kinds, fee types, subsidy states.
#pragma once

#include "client/ClientTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class WalletText {
    Q_DECLARE_TR_FUNCTIONS(WalletText)
public:
    /// "¥1,234.56"; "−¥3.00" for a negative amount.
    static QString yuan(wallet::Amount fen);
    /// "+¥12.00", "−¥3.50", "¥0.00": a statement line's change.
    static QString signedYuan(wallet::Amount fen);
    /// "1,234,567": fund shares and other counts.
    static QString grouped(qint64 count);
    /// "Top-up", "Withdrawal", "Fee paid", "Subsidy received", "Fund yield"…
    static QString entryKind(chain::EntryKind kind);
    /// Why a subsidy paid less than the program's amount; empty for a full payment.
    static QString subsidyStatus(chain::SubsidyStatus status);
    static QString invoiceStatus(chain::InvoiceStatus status);
    /// What the history's detail column says about a line.
    static QString lineDetail(const client::WalletLine &line);
};

} // namespace medchain::ui
