#include "patient/WalletText.h"

#include "patient/RecordFormat.h"

namespace medchain::ui {

namespace {
const QChar kMinus(0x2212);

/// Puts a comma between each group of three digits of the whole part of formatYuan's text.
QString groupDigits(const QString &digits)
{
    QString out;
    const qsizetype count = digits.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0)
            out.append(QLatin1Char(','));
        out.append(digits.at(i));
    }
    return out;
}

QString magnitudeText(wallet::Amount fen)
{
    QString text = wallet::formatYuan(fen);
    if (text.startsWith(QLatin1Char('-')))
        text.remove(0, 1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    return groupDigits(text.left(point)) + text.mid(point);
}
} // namespace

QString WalletText::yuan(wallet::Amount fen)
{
    const QString text = tr("¥%1").arg(magnitudeText(fen));
    return fen < 0 ? kMinus + text : text;
}

QString WalletText::signedYuan(wallet::Amount fen)
{
    if (fen == 0)
        return yuan(0);
    return (fen > 0 ? QStringLiteral("+") : QString()) + yuan(fen);
}

QString WalletText::grouped(qint64 count)
{
    const QString digits = QString::number(count < 0 ? 0 - quint64(count) : quint64(count));
    return (count < 0 ? QString(kMinus) : QString()) + groupDigits(digits);
}

QString WalletText::entryKind(chain::EntryKind kind)
{
    switch (kind) {
    case chain::EntryKind::Deposit:
        return tr("Top-up");
    case chain::EntryKind::Withdrawal:
        return tr("Withdrawal");
    case chain::EntryKind::Invoice:
        return tr("Fee paid");
    case chain::EntryKind::ProgramFunding:
        return tr("Program funding");
    case chain::EntryKind::Subsidy:
        return tr("Subsidy received");
    case chain::EntryKind::Subscription:
        return tr("Fund subscription");
    case chain::EntryKind::Redemption:
        return tr("Fund redemption");
    case chain::EntryKind::Yield:
        return tr("Fund yield");
    }
    return QString();
}

QString WalletText::subsidyStatus(chain::SubsidyStatus status)
{
    switch (status) {
    case chain::SubsidyStatus::Paid:
        return QString();
    case chain::SubsidyStatus::PoolExhausted:
        return tr("the program's pool is exhausted");
    case chain::SubsidyStatus::CapReached:
        return tr("the cap per patient is reached");
    }
    return QString();
}

QString WalletText::invoiceStatus(chain::InvoiceStatus status)
{
    switch (status) {
    case chain::InvoiceStatus::Open:
        return tr("Open");
    case chain::InvoiceStatus::Paid:
        return tr("Paid");
    case chain::InvoiceStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString WalletText::lineDetail(const client::WalletLine &line)
{
    const QString encounter
        = line.record ? tr("encounter of %1").arg(RecordFormat::date(line.recordTime)) : QString();
    switch (line.kind) {
    case chain::EntryKind::Deposit:
    case chain::EntryKind::Withdrawal:
        return line.detail.isEmpty() ? QString() : tr("Reference %1").arg(line.detail);
    case chain::EntryKind::Invoice:
        // The fee type comes from the reader, already in words.
        return encounter.isEmpty() ? line.detail : tr("%1, %2").arg(line.detail, encounter);
    case chain::EntryKind::Subsidy: {
        const QString status = line.subsidyStatus ? subsidyStatus(*line.subsidyStatus) : QString();
        const QString text = encounter.isEmpty() ? line.counterparty
                                                 : tr("%1, %2").arg(line.counterparty, encounter);
        if (line.delta == 0)
            return tr("%1: nothing paid, %2").arg(text, status);
        return status.isEmpty() ? text : tr("%1: paid in part, %2").arg(text, status);
    }
    case chain::EntryKind::Subscription:
    case chain::EntryKind::Redemption:
        return line.shares >= 0 ? tr("%1 shares bought").arg(grouped(line.shares))
                                : tr("%1 shares sold").arg(grouped(-line.shares));
    case chain::EntryKind::Yield:
        return line.accrued ? tr("Accrued to your %1 shares: raises their value, not your balance")
                                  .arg(grouped(line.shares))
                            : line.detail;
    case chain::EntryKind::ProgramFunding:
        return line.detail;
    }
    return line.detail;
}

} // namespace medchain::ui
