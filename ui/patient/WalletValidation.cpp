#include "patient/WalletValidation.h"

#include "patient/WalletText.h"

namespace medchain::ui {

Result<wallet::Amount> WalletValidation::amount(const QString &text, wallet::Amount available,
                                                const QString &availableName)
{
    // People type what they read on screen: "¥1,234.56" is taken as 1234.56.
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(','));
    if (cleaned.startsWith(QChar(0xa5)) || cleaned.startsWith(QChar(0xffe5)))
        cleaned = cleaned.mid(1).trimmed();
    if (cleaned.isEmpty())
        return Error {tr("Enter an amount in yuan, for example 100 or 12.50.")};
    const std::optional<wallet::Amount> fen = wallet::parseYuan(cleaned);
    if (!fen)
        return Error {tr("\"%1\" is not an amount in yuan: use digits with at most two "
                         "decimals, for example 12.50.")
                          .arg(text.trimmed())};
    if (*fen == 0)
        return Error {tr("The amount must be more than zero.")};
    if (*fen > available)
        return Error {tr("%1 is more than %2 (%3).")
                          .arg(WalletText::yuan(*fen), availableName, WalletText::yuan(available))};
    return *fen;
}

Result<QString> WalletValidation::reference(const QString &text, const QStringList &used)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error {tr("Enter the payout reference the gateway gave you.")};
    if (trimmed.toUtf8().size() > MaxReferenceBytes)
        return Error {tr("The reference is too long: at most %1 bytes (about %2 Chinese "
                         "characters).")
                          .arg(MaxReferenceBytes)
                          .arg(MaxReferenceBytes / 3)};
    if (used.contains(trimmed))
        return Error {tr("You have already used the reference %1; each withdrawal needs a new "
                         "one.")
                          .arg(trimmed)};
    return trimmed;
}

QString WalletValidation::newReference(const QDate &date, quint32 random)
{
    return QStringLiteral("W-%1-%2")
        .arg(date.toString(QStringLiteral("yyyyMMdd")))
        .arg(random & 0xffff, 4, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace medchain::ui
