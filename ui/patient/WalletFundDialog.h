// The savings-fund order form: subscribe an amount up to the balance, or redeem an amount up to
// what the holding is worth (the chain sells the shares that cover it, rounded up).
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class WalletFundDialog : public QDialog {
    Q_OBJECT
public:
    enum class Order { Subscribe, Redeem };

    /// Redeem lists only the funds the holder has shares in.
    WalletFundDialog(Order order, const QList<client::FundEntry> &funds, wallet::Amount balance,
                     QWidget *parent = nullptr);

    Order order() const { return m_order; }
    /// Valid once accepted.
    client::Hash fund() const { return m_fund; }
    wallet::Amount amount() const { return m_amount; }
    /// The most this order can move for the chosen fund: the balance, or the holding's value.
    wallet::Amount ceiling() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    const client::FundEntry *chosen() const;
    void retranslateUi();

    Order m_order;
    QList<client::FundEntry> m_funds;
    wallet::Amount m_balance;
    client::Hash m_fund;
    wallet::Amount m_amount = 0;

    QLabel *m_fundLabel = nullptr;
    QComboBox *m_fundBox = nullptr;
    QLabel *m_holding = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QPushButton *m_all = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
