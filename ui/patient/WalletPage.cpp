#include "patient/WalletPage.h"

#include "client/Session.h"
#include "client/WalletReads.h"
#include "patient/ConfirmBox.h"
#include "patient/PartyText.h"
#include "patient/PendingActions.h"
#include "patient/TableSetup.h"
#include "patient/WalletFundDialog.h"
#include "patient/WalletHistoryModel.h"
#include "patient/WalletInvoiceModel.h"
#include "patient/WalletText.h"
#include "patient/WalletTopUpDialog.h"
#include "patient/WalletWithdrawDialog.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace medchain::ui {

namespace {
enum FundColumn { FundName, FundIssuer, FundShares, FundValue, FundColumns };

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *made = new QPushButton(parent);
    made->setObjectName(objectName);
    return made;
}
} // namespace

WalletPage::WalletPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("walletPage"));
    m_historyModel = new WalletHistoryModel(this);
    m_invoiceModel = new WalletInvoiceModel(this);

    m_balanceBox = new QGroupBox(this);
    m_balance = new QLabel(m_balanceBox);
    m_balance->setObjectName(QStringLiteral("walletBalance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_balance->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    large.setBold(true);
    m_balance->setFont(large);
    m_topUp = button(QStringLiteral("topUp"), m_balanceBox);
    m_withdraw = button(QStringLiteral("withdraw"), m_balanceBox);
    auto *balanceButtons = new QHBoxLayout;
    balanceButtons->addWidget(m_topUp);
    balanceButtons->addWidget(m_withdraw);
    balanceButtons->addStretch(1);
    auto *balanceLayout = new QVBoxLayout(m_balanceBox);
    balanceLayout->addWidget(m_balance);
    balanceLayout->addStretch(1);
    balanceLayout->addLayout(balanceButtons);

    m_fundBox = new QGroupBox(this);
    m_funds = new QTreeWidget(m_fundBox);
    m_funds->setObjectName(QStringLiteral("fundList"));
    m_funds->setRootIsDecorated(false);
    m_funds->setColumnCount(FundColumns);
    m_funds->header()->setStretchLastSection(false);
    m_funds->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_funds->header()->setSectionResizeMode(FundName, QHeaderView::Stretch);
    m_subscribe = button(QStringLiteral("fundSubscribe"), m_fundBox);
    m_redeem = button(QStringLiteral("fundRedeem"), m_fundBox);
    auto *fundButtons = new QHBoxLayout;
    fundButtons->addWidget(m_subscribe);
    fundButtons->addWidget(m_redeem);
    fundButtons->addStretch(1);
    auto *fundLayout = new QVBoxLayout(m_fundBox);
    fundLayout->addWidget(m_funds, 1);
    fundLayout->addLayout(fundButtons);

    m_invoiceBox = new QGroupBox(this);
    m_invoiceView = new QTableView(m_invoiceBox);
    m_invoiceView->setObjectName(QStringLiteral("invoiceList"));
    setUpTable(m_invoiceView, m_invoiceModel);
    m_openInvoices = new QLabel(m_invoiceBox);
    m_openInvoices->setObjectName(QStringLiteral("openInvoices"));
    m_pay = button(QStringLiteral("payInvoice"), m_invoiceBox);
    auto *invoiceButtons = new QHBoxLayout;
    invoiceButtons->addWidget(m_pay);
    invoiceButtons->addWidget(m_openInvoices, 1);
    auto *invoiceLayout = new QVBoxLayout(m_invoiceBox);
    invoiceLayout->addWidget(m_invoiceView, 1);
    invoiceLayout->addLayout(invoiceButtons);

    m_historyBox = new QGroupBox(this);
    m_historyView = new QTableView(m_historyBox);
    m_historyView->setObjectName(QStringLiteral("walletHistory"));
    setUpTable(m_historyView, m_historyModel);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyView);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("walletStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actions = new PendingActions(m_session, m_status, this);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_balanceBox, 1);
    topLayout->addWidget(m_fundBox, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_invoiceBox);
    splitter->addWidget(m_historyBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_topUp, &QPushButton::clicked, this, &WalletPage::openTopUp);
    connect(m_withdraw, &QPushButton::clicked, this, &WalletPage::openWithdraw);
    connect(m_subscribe, &QPushButton::clicked, this, [this] { openFundOrder(true); });
    connect(m_redeem, &QPushButton::clicked, this, [this] { openFundOrder(false); });
    connect(m_pay, &QPushButton::clicked, this, &WalletPage::paySelected);
    connect(m_invoiceView, &QTableView::activated, this, &WalletPage::paySelected);
    connect(m_invoiceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WalletPage::updateButtons);
    connect(m_invoiceModel, &QAbstractItemModel::dataChanged, this, &WalletPage::updateButtons);
    connect(&m_session, &client::Session::chainChanged, this, &WalletPage::reload);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        m_status->setText(tr("Your wallet could not be opened: %1").arg(reason));
        markLoaded();
    });

    setTabOrder(m_topUp, m_withdraw);
    setTabOrder(m_withdraw, m_funds);
    setTabOrder(m_funds, m_subscribe);
    setTabOrder(m_subscribe, m_redeem);
    setTabOrder(m_redeem, m_invoiceView);
    setTabOrder(m_invoiceView, m_pay);
    setTabOrder(m_pay, m_historyView);

    retranslateUi();
    updateButtons();
    reload();
}

void WalletPage::reload()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_session.loadWallet(this, [this](const client::WalletSnapshot &snapshot) {
        m_loading = false;
        showSnapshot(snapshot);
        if (m_reloadWanted) {
            m_reloadWanted = false;
            reload();
        }
    });
}

void WalletPage::showSnapshot(const client::WalletSnapshot &snapshot)
{
    const client::InvoiceEntry *selected = selectedInvoice();
    const QByteArray invoice = selected ? selected->id.toByteArray() : QByteArray();
    m_snapshot = snapshot;
    m_haveSnapshot = true;
    m_historyModel->setLines(snapshot.history);
    m_invoiceModel->setInvoices(snapshot.invoices);
    int row = 0;
    for (int i = 0; i < m_invoiceModel->rowCount(); ++i)
        if (m_invoiceModel->index(i, 0).data(WalletInvoiceModel::IdRole).toByteArray() == invoice)
            row = i;
    if (m_invoiceModel->rowCount() > 0)
        m_invoiceView->selectRow(row);
    retranslateUi(); // the balance, the funds and the open total are words too
    updateButtons();
    markLoaded();
}

void WalletPage::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    emit loaded();
}

void WalletPage::fillFunds()
{
    m_funds->setHeaderLabels({tr("Fund"), tr("Issuer"), tr("Your shares"), tr("Worth")});
    m_funds->headerItem()->setTextAlignment(FundShares, Qt::AlignRight | Qt::AlignVCenter);
    m_funds->headerItem()->setTextAlignment(FundValue, Qt::AlignRight | Qt::AlignVCenter);
    m_funds->clear();
    for (const client::FundEntry &fund : std::as_const(m_snapshot.funds)) {
        auto *item = new QTreeWidgetItem(m_funds);
        item->setText(FundName, fund.name);
        item->setText(FundIssuer, PartyText::display(fund.issuer));
        item->setText(FundShares, WalletText::grouped(fund.shares));
        item->setText(FundValue, WalletText::yuan(fund.value));
        item->setTextAlignment(FundShares, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(FundValue, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(
            FundName,
            tr("The fund holds %1 in %2 shares.")
                .arg(WalletText::yuan(fund.assets), WalletText::grouped(fund.totalShares)));
    }
}

const client::InvoiceEntry *WalletPage::selectedInvoice() const
{
    const QModelIndex current = m_invoiceView->selectionModel()->currentIndex();
    return current.isValid() ? m_invoiceModel->invoiceAt(current.row()) : nullptr;
}

void WalletPage::updateButtons()
{
    const client::InvoiceEntry *invoice = selectedInvoice();
    QString why;
    if (!invoice || invoice->status != chain::InvoiceStatus::Open)
        why = tr("Select an open invoice to pay it.");
    else if (m_invoiceModel->index(m_invoiceModel->rowOf(invoice->id), 0)
                 .data(WalletInvoiceModel::PendingRole)
                 .toBool())
        why = tr("This invoice is being paid.");
    else if (invoice->amount > m_snapshot.balance)
        why = tr("Your balance (%1) is less than this invoice (%2): top up first.")
                  .arg(WalletText::yuan(m_snapshot.balance), WalletText::yuan(invoice->amount));
    m_pay->setEnabled(why.isEmpty());
    m_pay->setToolTip(why.isEmpty() ? tr("Pay %1 to %2")
                                          .arg(WalletText::yuan(invoice->amount),
                                               PartyText::display(invoice->institution))
                                    : why);

    const bool holds = std::any_of(m_snapshot.funds.begin(), m_snapshot.funds.end(),
                                   [](const client::FundEntry &fund) { return fund.shares > 0; });
    m_withdraw->setEnabled(m_haveSnapshot && m_snapshot.balance > 0);
    m_withdraw->setToolTip(m_snapshot.balance > 0 ? QString()
                                                  : tr("There is no money to withdraw."));
    m_subscribe->setEnabled(m_haveSnapshot && m_snapshot.balance > 0
                            && !m_snapshot.funds.isEmpty());
    m_redeem->setEnabled(holds);
    m_redeem->setToolTip(holds ? QString() : tr("You hold no fund shares."));
}

void WalletPage::trackWithReload(quint64 id, const QString &pending, const QString &failure)
{
    m_actions->track(id, pending, failure, [this](bool ok, const QString &) {
        if (ok)
            reload();
    });
}

void WalletPage::paySelected()
{
    const client::InvoiceEntry *invoice = selectedInvoice();
    if (!invoice || !m_pay->isEnabled())
        return;
    const client::Hash id = invoice->id;
    const QString amount = WalletText::yuan(invoice->amount);
    const QString institution = PartyText::display(invoice->institution);
    askToConfirm(this, QStringLiteral("confirmPay"), tr("Pay an invoice"),
                 tr("Pay %1 to %2?\n\nFor: %3\nYour balance after paying: %4")
                     .arg(amount, institution, client::WalletReads::feeTypeText(invoice->feeType),
                          WalletText::yuan(m_snapshot.balance - invoice->amount)),
                 tr("&Pay %1").arg(amount), [this, id, amount, institution] {
                     m_invoiceModel->setPending(id, true);
                     const auto action = m_session.payInvoice(id);
                     m_actions->track(
                         action,
                         tr("Paying %1 to %2… (waiting for the chain)").arg(amount, institution),
                         tr("The invoice of %1 was not paid").arg(institution),
                         [this, id](bool ok, const QString &) {
                             m_invoiceModel->setPending(id, false);
                             if (ok)
                                 reload();
                         });
                 });
}

void WalletPage::openWithdraw()
{
    QStringList used;
    for (const client::WalletLine &line : std::as_const(m_snapshot.history))
        if (line.kind == chain::EntryKind::Withdrawal)
            used.append(line.detail);
    auto *dialog = new WalletWithdrawDialog(m_snapshot.gateways, m_snapshot.balance, used, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString amount = WalletText::yuan(dialog->amount());
        trackWithReload(
            m_session.withdraw(dialog->gateway(), dialog->amount(), dialog->reference()),
            tr("Withdrawing %1… (waiting for the chain)").arg(amount),
            tr("%1 was not withdrawn").arg(amount));
    });
    dialog->open();
}

void WalletPage::openFundOrder(bool subscribe)
{
    using Order = WalletFundDialog::Order;
    auto *dialog = new WalletFundDialog(subscribe ? Order::Subscribe : Order::Redeem,
                                        m_snapshot.funds, m_snapshot.balance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString amount = WalletText::yuan(dialog->amount());
        if (dialog->order() == Order::Subscribe)
            trackWithReload(m_session.subscribe(dialog->fund(), dialog->amount()),
                            tr("Subscribing %1 to the fund… (waiting for the chain)").arg(amount),
                            tr("The subscription of %1 failed").arg(amount));
        else
            trackWithReload(m_session.redeem(dialog->fund(), dialog->amount()),
                            tr("Redeeming %1 from the fund… (waiting for the chain)").arg(amount),
                            tr("The redemption of %1 failed").arg(amount));
    });
    dialog->open();
}

void WalletPage::openTopUp()
{
    auto *dialog = new WalletTopUpDialog(m_session.identity(), m_snapshot.gateways, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WalletPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_historyModel->retranslate();
        m_invoiceModel->retranslate();
    }
    QWidget::changeEvent(event);
}

void WalletPage::retranslateUi()
{
    m_balanceBox->setTitle(tr("Balance"));
    m_balance->setText(m_haveSnapshot ? WalletText::yuan(m_snapshot.balance) : tr("Loading…"));
    m_topUp->setText(tr("&Top up…"));
    m_withdraw->setText(tr("W&ithdraw…"));
    m_fundBox->setTitle(tr("Savings fund"));
    m_subscribe->setText(tr("&Subscribe…"));
    m_redeem->setText(tr("R&edeem…"));
    fillFunds();

    m_invoiceBox->setTitle(tr("Invoices"));
    m_pay->setText(tr("&Pay…"));
    int open = 0;
    wallet::Amount openTotal = 0;
    for (const client::InvoiceEntry &invoice : std::as_const(m_snapshot.invoices))
        if (invoice.status == chain::InvoiceStatus::Open) {
            ++open;
            openTotal = wallet::checkedAdd(openTotal, invoice.amount).value_or(openTotal);
        }
    m_openInvoices->setText(
        open == 0
            ? tr("Nothing to pay.")
            : tr("%n open invoice(s), %1 in all.", nullptr, open).arg(WalletText::yuan(openTotal)));
    m_historyBox->setTitle(tr("History"));
    updateButtons();
}

} // namespace medchain::ui
