// How to top up: money enters the chain only when a payment gateway deposits it (protocol.md
// §4.17), so this shows the account id to give the gateway and sends no transaction.
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class WalletTopUpDialog : public QDialog {
    Q_OBJECT
public:
    WalletTopUpDialog(const client::IdentityId &account, const QList<client::Party> &gateways,
                      QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<client::Party> m_gateways;
    QLabel *m_intro = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_account = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_gatewayList = nullptr;
    QLabel *m_after = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
