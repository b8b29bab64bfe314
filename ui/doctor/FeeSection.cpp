#include "doctor/FeeSection.h"

#include "patient/RecordFormat.h"
#include "wallet/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace medchain::ui {

FeeSection::FeeSection(QWidget *parent) : EncounterSection(QStringLiteral("fee"), parent)
{
    m_item = new QLineEdit(this);
    m_item->setObjectName(QStringLiteral("feeItem"));
    m_itemLabel = new QLabel(this);
    m_itemLabel->setBuddy(m_item);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("feeAmount"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000.00")) * 2);
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_amount);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("feeTotal"));

    inputRow()->addWidget(m_itemLabel);
    inputRow()->addWidget(m_item, 2);
    inputRow()->addWidget(m_amountLabel);
    inputRow()->addWidget(m_amount, 1);
    qobject_cast<QVBoxLayout *>(layout())->addWidget(m_total);
    addOnEnter(m_item);
    addOnEnter(m_amount);
    connect(this, &EncounterSection::changed, this, &FeeSection::updateTotal);
    setTabOrder(m_item, m_amount);
    retranslateSection();
}

void FeeSection::setItems(const QList<records::Fee> &items)
{
    m_items = items;
    refresh();
    emit changed();
}

void FeeSection::addFee(const QString &item, qint64 amountFen)
{
    m_items.append({item, amountFen});
    refresh(int(m_items.size()) - 1);
    emit changed();
}

bool FeeSection::hasInput() const
{
    return !m_item->text().trimmed().isEmpty() || !m_amount->text().trimmed().isEmpty();
}

QList<QWidget *> FeeSection::inputs() const
{
    return {m_item, m_amount};
}

QString FeeSection::addFromInput()
{
    const QString item = m_item->text().trimmed();
    if (item.isEmpty())
        return tr("Name the fee, such as “Registration”.");
    const std::optional<wallet::Amount> amount = wallet::parseYuan(m_amount->text().trimmed());
    if (!amount || *amount <= 0)
        return tr("Enter the amount in yuan, such as 15 or 15.50.");
    m_items.append({item, *amount});
    return {};
}

void FeeSection::removeItem(int row)
{
    m_items.removeAt(row);
}

void FeeSection::clearItems()
{
    m_items.clear();
}

void FeeSection::clearInput()
{
    m_item->clear();
    m_amount->clear();
}

QList<EncounterSection::Line> FeeSection::lines() const
{
    QList<Line> result;
    for (const records::Fee &fee : m_items)
        result.append({RecordFormat::fee(fee), {}});
    return result;
}

void FeeSection::updateTotal()
{
    std::optional<wallet::Amount> total = 0;
    for (const records::Fee &fee : std::as_const(m_items))
        total = total ? wallet::checkedAdd(*total, fee.amountFen) : std::nullopt;
    m_total->setText(total ? tr("Total: %1").arg(RecordFormat::yuan(*total))
                           : tr("Total: too large"));
    m_total->setVisible(!m_items.isEmpty());
}

void FeeSection::retranslateSection()
{
    EncounterSection::retranslateSection();
    setTitle(tr("Fees"));
    m_itemLabel->setText(tr("Fee ite&m:"));
    m_amountLabel->setText(tr("Amount (¥):"));
    m_amount->setPlaceholderText(tr("15.00"));
    updateTotal();
}

} // namespace medchain::ui
