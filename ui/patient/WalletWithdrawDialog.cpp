#include "patient/WalletWithdrawDialog.h"

#include "patient/PartyText.h"
#include "patient/WalletText.h"
#include "patient/WalletValidation.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace medchain::ui {

WalletWithdrawDialog::WalletWithdrawDialog(const QList<client::Party> &gateways,
                                           wallet::Amount balance,
                                           const QStringList &usedReferences, QWidget *parent)
    : QDialog(parent), m_gateways(gateways), m_balance(balance), m_used(usedReferences)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_gatewayLabel = new QLabel(this);
    m_gatewayBox = new QComboBox(this);
    m_gatewayBox->setObjectName(QStringLiteral("withdrawGateway"));
    for (const client::Party &gateway : m_gateways)
        m_gatewayBox->addItem(PartyText::display(gateway));
    m_gatewayLabel->setBuddy(m_gatewayBox);
    m_amountLabel = new QLabel(this);
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("withdrawAmount"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_amountLabel->setBuddy(m_amountEdit);
    m_referenceLabel = new QLabel(this);
    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("withdrawReference"));
    m_referenceEdit->setMaxLength(WalletValidation::MaxReferenceBytes);
    QString reference;
    do
        reference = WalletValidation::newReference(QDate::currentDate(),
                                                   QRandomGenerator::global()->generate());
    while (m_used.contains(reference));
    m_referenceEdit->setText(reference);
    m_referenceLabel->setBuddy(m_referenceEdit);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("withdrawError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("withdrawOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_gateways.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WalletWithdrawDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amountEdit, &QLineEdit::textEdited, m_error, &QLabel::clear);

    auto *form = new QFormLayout;
    form->addRow(m_gatewayLabel, m_gatewayBox);
    form->addRow(m_amountLabel, m_amountEdit);
    form->addRow(m_referenceLabel, m_referenceEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_amountEdit->setFocus();
}

void WalletWithdrawDialog::accept()
{
    const int index = m_gatewayBox->currentIndex();
    if (index < 0 || index >= m_gateways.size()) {
        m_error->setText(tr("There is no payment gateway to withdraw through."));
        return;
    }
    const auto amount
        = WalletValidation::amount(m_amountEdit->text(), m_balance, tr("your balance"));
    if (!amount) {
        m_error->setText(amount.error());
        m_amountEdit->setFocus();
        return;
    }
    const auto reference = WalletValidation::reference(m_referenceEdit->text(), m_used);
    if (!reference) {
        m_error->setText(reference.error());
        m_referenceEdit->setFocus();
        return;
    }
    m_gateway = m_gateways[index].id;
    m_amount = amount.value();
    m_reference = reference.value();
    QDialog::accept();
}

void WalletWithdrawDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WalletWithdrawDialog::retranslateUi()
{
    setWindowTitle(tr("Withdraw"));
    m_intro->setText(
        m_gateways.isEmpty()
            ? tr("No payment gateway is enrolled on this network, so nothing can be withdrawn.")
            : tr("The gateway pays the amount out to you, quoting the reference below. Your "
                 "balance is %1.")
                  .arg(WalletText::yuan(m_balance)));
    m_gatewayLabel->setText(tr("&Gateway:"));
    m_amountLabel->setText(tr("&Amount (¥):"));
    m_amountEdit->setPlaceholderText(tr("e.g. 100.00"));
    m_referenceLabel->setText(tr("&Reference:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Withdraw"));
}

} // namespace medchain::ui
