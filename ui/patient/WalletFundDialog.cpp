#include "patient/WalletFundDialog.h"

#include "patient/PartyText.h"
#include "patient/WalletText.h"
#include "patient/WalletValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

WalletFundDialog::WalletFundDialog(Order order, const QList<client::FundEntry> &funds,
                                   wallet::Amount balance, QWidget *parent)
    : QDialog(parent), m_order(order), m_balance(balance)
{
    setObjectName(QStringLiteral("fundDialog"));
    for (const client::FundEntry &fund : funds)
        if (order == Order::Subscribe || fund.shares > 0)
            m_funds.append(fund);

    m_fundLabel = new QLabel(this);
    m_fundBox = new QComboBox(this);
    m_fundBox->setObjectName(QStringLiteral("fundChoice"));
    for (const client::FundEntry &fund : std::as_const(m_funds))
        m_fundBox->addItem(fund.name);
    m_fundLabel->setBuddy(m_fundBox);
    m_holding = new QLabel(this);
    m_holding->setObjectName(QStringLiteral("fundHolding"));
    m_holding->setWordWrap(true);
    m_amountLabel = new QLabel(this);
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("fundAmount"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_amountLabel->setBuddy(m_amountEdit);
    m_all = new QPushButton(this);
    m_all->setObjectName(QStringLiteral("fundAll"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fundError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("fundOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_funds.isEmpty());
    m_all->setEnabled(!m_funds.isEmpty());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WalletFundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amountEdit, &QLineEdit::textEdited, m_error, &QLabel::clear);
    connect(m_fundBox, &QComboBox::currentIndexChanged, this, &WalletFundDialog::retranslateUi);
    connect(m_all, &QPushButton::clicked, this, [this] {
        m_amountEdit->setText(wallet::formatYuan(ceiling()));
        m_error->clear();
    });

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(m_all);
    auto *form = new QFormLayout;
    form->addRow(m_fundLabel, m_fundBox);
    form->addRow(QString(), m_holding);
    form->addRow(m_amountLabel, amountRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_amountEdit->setFocus();
}

const client::FundEntry *WalletFundDialog::chosen() const
{
    const int index = m_fundBox->currentIndex();
    return index >= 0 && index < m_funds.size() ? &m_funds[index] : nullptr;
}

wallet::Amount WalletFundDialog::ceiling() const
{
    if (m_order == Order::Subscribe)
        return m_balance;
    const client::FundEntry *fund = chosen();
    return fund ? fund->value : 0;
}

void WalletFundDialog::accept()
{
    const client::FundEntry *fund = chosen();
    if (!fund) {
        m_error->setText(m_order == Order::Subscribe ? tr("There is no fund to subscribe to.")
                                                     : tr("You hold no fund shares to redeem."));
        return;
    }
    const auto amount = WalletValidation::amount(
        m_amountEdit->text(), ceiling(),
        m_order == Order::Subscribe ? tr("your balance") : tr("what your holding is worth"));
    if (!amount) {
        m_error->setText(amount.error());
        m_amountEdit->setFocus();
        return;
    }
    m_fund = fund->id;
    m_amount = amount.value();
    QDialog::accept();
}

void WalletFundDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WalletFundDialog::retranslateUi()
{
    const bool subscribe = m_order == Order::Subscribe;
    setWindowTitle(subscribe ? tr("Subscribe to the savings fund") : tr("Redeem fund shares"));
    m_fundLabel->setText(tr("&Fund:"));
    m_amountLabel->setText(tr("&Amount (¥):"));
    m_amountEdit->setPlaceholderText(tr("e.g. 100.00"));
    m_all->setText(subscribe ? tr("A&ll my balance") : tr("A&ll of it"));
    const client::FundEntry *fund = chosen();
    if (!fund)
        m_holding->setText(subscribe ? tr("No fund is offered on this network.")
                                     : tr("You hold no fund shares."));
    else if (subscribe)
        m_holding->setText(tr("Issued by %1. Your balance is %2; you hold %3 shares worth %4.")
                               .arg(PartyText::display(fund->issuer), WalletText::yuan(m_balance),
                                    WalletText::grouped(fund->shares),
                                    WalletText::yuan(fund->value)));
    else
        m_holding->setText(
            tr("You hold %1 shares worth %2. The shares that cover the amount "
               "are sold, rounded up to a whole share.")
                .arg(WalletText::grouped(fund->shares), WalletText::yuan(fund->value)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(subscribe ? tr("&Subscribe") : tr("&Redeem"));
}

} // namespace medchain::ui
