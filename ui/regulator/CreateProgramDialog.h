// The form for a new subsidy program of the authority: its name, the records that qualify (a
// category, ICD-10 codes checked against the catalog), what it pays, and its funding.
#pragma once

#include "client/AdminTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class CreateProgramDialog : public QDialog {
    Q_OBJECT
public:
    struct Codes {
        QStringList codes; // upper case, in the order typed, without repeats
        QStringList unknown; // neither a catalog code nor a three-character category of it
    };

    /// balance is the authority's account, which funds the pool.
    explicit CreateProgramDialog(wallet::Amount balance, QWidget *parent = nullptr);

    /// Codes typed with commas, semicolons or spaces between them, checked against the catalog.
    static Codes parseCodes(const QString &text);
    /// Whether code is in the catalog, or a three-character category it lists codes under.
    static bool isKnownCode(const QString &code);

    /// The fields; amounts that cannot be read are 0 (problem() says why).
    client::ProgramForm form() const;
    /// Why the form cannot be accepted as it stands; empty when it can.
    QString problem() const;

public slots:
    /// Accepts only a complete form: otherwise says what is wrong and puts the cursor there.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// problem() and the field it is about.
    std::pair<QString, QWidget *> check() const;
    void showCodes();
    void fillCategories();
    void retranslateUi();

    wallet::Amount m_balance = 0;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_codesLabel = nullptr;
    QLineEdit *m_codes = nullptr;
    QLabel *m_codesCheck = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_capLabel = nullptr;
    QLineEdit *m_cap = nullptr;
    QLabel *m_fundingLabel = nullptr;
    QLineEdit *m_funding = nullptr;
    QLabel *m_balanceText = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace medchain::ui
