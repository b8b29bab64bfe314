// The patient's Wallet tab: balance and fund holdings, open invoices to pay, the statement, and
// the forms that top up (through a gateway), withdraw, subscribe and redeem.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class PendingActions;
class WalletHistoryModel;
class WalletInvoiceModel;

class WalletPage : public QWidget {
    Q_OBJECT
public:
    /// Loads the wallet snapshot at once and again after every committed block.
    explicit WalletPage(client::Session &session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }

public slots:
    void reload();

signals:
    /// The first snapshot is on screen, or the session failed and says so.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const client::WalletSnapshot &snapshot);
    void markLoaded();
    const client::InvoiceEntry *selectedInvoice() const;
    void paySelected();
    void openWithdraw();
    void openFundOrder(bool subscribe);
    void openTopUp();
    void fillFunds();
    void updateButtons();
    void retranslateUi();
    void trackWithReload(quint64 id, const QString &pending, const QString &failure);

    client::Session &m_session;
    client::WalletSnapshot m_snapshot;
    WalletHistoryModel *m_historyModel = nullptr;
    WalletInvoiceModel *m_invoiceModel = nullptr;
    PendingActions *m_actions = nullptr;

    QGroupBox *m_balanceBox = nullptr;
    QLabel *m_balance = nullptr;
    QPushButton *m_topUp = nullptr;
    QPushButton *m_withdraw = nullptr;
    QGroupBox *m_fundBox = nullptr;
    QTreeWidget *m_funds = nullptr;
    QPushButton *m_subscribe = nullptr;
    QPushButton *m_redeem = nullptr;
    QGroupBox *m_invoiceBox = nullptr;
    QTableView *m_invoiceView = nullptr;
    QLabel *m_openInvoices = nullptr;
    QPushButton *m_pay = nullptr;
    QGroupBox *m_historyBox = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_status = nullptr;

    bool m_loading = false;
    bool m_reloadWanted = false;
    bool m_haveSnapshot = false;
    bool m_loaded = false;
};

} // namespace medchain::ui
