// What the wallet's dialogs accept before anything is signed: amounts typed in yuan (parsed to
// fen with parseYuan, never through a double) and withdrawal references; each refusal says why.
#pragma once

#include "common/Result.h"
#include "wallet/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace medchain::ui {

class WalletValidation {
    Q_DECLARE_TR_FUNCTIONS(WalletValidation)
public:
    static constexpr int MaxReferenceBytes = 64; // protocol.md §1.5

    /// An amount typed in yuan ("12", "12.5", "1,234.56", "¥8"): more than zero and at most
    /// `available` fen. `available` names the ceiling in the refusal ("your balance").
    static Result<wallet::Amount> amount(const QString &text, wallet::Amount available,
                                         const QString &availableName);
    /// A withdrawal reference: 1–64 bytes of UTF-8, not blank, not one this holder used before
    /// (the chain refuses a reference used twice through the same gateway).
    static Result<QString> reference(const QString &text, const QStringList &used);
    /// "W-20261124-7F3A": the date and four hex digits from random.
    static QString newReference(const QDate &date, quint32 random);
};

} // namespace medchain::ui
