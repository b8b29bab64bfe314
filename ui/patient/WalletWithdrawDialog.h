// The withdrawal form: a payment gateway, an amount no more than the balance, and the payout
// reference the gateway quotes when it pays (generated, editable). Refusals are shown inline.
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace medchain::ui {

class WalletWithdrawDialog : public QDialog {
    Q_OBJECT
public:
    /// usedReferences: the holder's earlier withdrawal references, which the chain refuses again.
    WalletWithdrawDialog(const QList<client::Party> &gateways, wallet::Amount balance,
                         const QStringList &usedReferences, QWidget *parent = nullptr);

    /// Valid once accepted.
    client::IdentityId gateway() const { return m_gateway; }
    wallet::Amount amount() const { return m_amount; }
    QString reference() const { return m_reference; }

public slots:
    /// Checks the form; stays open and says what is wrong, or accepts.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<client::Party> m_gateways;
    wallet::Amount m_balance;
    QStringList m_used;
    client::IdentityId m_gateway;
    wallet::Amount m_amount = 0;
    QString m_reference;

    QLabel *m_intro = nullptr;
    QLabel *m_gatewayLabel = nullptr;
    QComboBox *m_gatewayBox = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLineEdit *m_referenceEdit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
