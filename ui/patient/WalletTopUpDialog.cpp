#include "patient/WalletTopUpDialog.h"

#include "patient/PartyText.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

WalletTopUpDialog::WalletTopUpDialog(const client::IdentityId &account,
                                     const QList<client::Party> &gateways, QWidget *parent)
    : QDialog(parent), m_gateways(gateways)
{
    setObjectName(QStringLiteral("topUpDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_accountLabel = new QLabel(this);
    m_account = new QLineEdit(PartyText::fullId(account), this);
    m_account->setObjectName(QStringLiteral("topUpAccount"));
    m_account->setReadOnly(true);
    m_account->setMinimumWidth(m_account->fontMetrics().horizontalAdvance(m_account->text())
                               + m_account->fontMetrics().height());
    m_accountLabel->setBuddy(m_account);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyAccount"));
    m_gatewayList = new QLabel(this);
    m_gatewayList->setObjectName(QStringLiteral("topUpGateways"));
    m_gatewayList->setWordWrap(true);
    m_gatewayList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_after = new QLabel(this);
    m_after->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_account->text());
        m_copy->setText(tr("Copied"));
    });

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_accountLabel);
    layout->addLayout(accountRow);
    layout->addWidget(m_gatewayList);
    layout->addWidget(m_after);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_copy->setFocus();
}

void WalletTopUpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WalletTopUpDialog::retranslateUi()
{
    setWindowTitle(tr("Top up"));
    m_intro->setText(tr("Money comes into your wallet through a payment gateway: pay the gateway "
                        "in its own app or at its counter and give it your account number."));
    m_accountLabel->setText(tr("Your &account number:"));
    m_copy->setText(tr("&Copy"));
    QStringList names;
    for (const client::Party &gateway : std::as_const(m_gateways))
        names.append(PartyText::display(gateway));
    m_gatewayList->setText(names.isEmpty()
                               ? tr("No payment gateway is enrolled on this network yet.")
                               : tr("Gateways on this network: %1").arg(names.join(tr(", "))));
    m_after->setText(tr("Your balance rises once the gateway confirms the payment on the chain; "
                        "this window sends nothing."));
}

} // namespace medchain::ui
