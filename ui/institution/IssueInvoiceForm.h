// The desk's invoice form: find the patient (id, pseudonym or, with the registration key, the
// national ID; Enter searches), pick the fee and type the amount; a confirmation names all three.
#pragma once

#include "client/ClientTypes.h"
#include "client/Session.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace medchain::ui {

class IssueInvoiceForm : public QWidget {
    Q_OBJECT
public:
    explicit IssueInvoiceForm(client::Session &session, QWidget *parent = nullptr);

    std::optional<client::Party> selectedPatient() const;
    bool isBusy() const { return m_pending.has_value(); }
    /// Puts the cursor in the patient search (Ctrl+F).
    void focusSearch();

public slots:
    /// Searches the chain for what the search field holds (Enter in it).
    void search();
    /// Checks the form and asks to confirm the invoice (Ctrl+Return).
    void issue();

signals:
    /// An invoice was committed.
    void invoiceIssued();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMatches(const QString &query, const QList<client::PatientEntry> &found);
    void send(const client::Party &patient, wallet::FeeType fee, wallet::Amount amount);
    void onActionFinished(client::Session::ActionId id, bool ok, const QString &message);
    void showStatus(const QString &text, bool problem);
    void fillFeeTypes();
    void updateEnabled();
    void retranslateUi();

    client::Session &m_session;
    QList<client::PatientEntry> m_found;
    QString m_lastQuery;
    int m_searches = 0; // the newest search's number: older answers are dropped
    std::optional<client::Session::ActionId> m_pending;
    QString m_pendingText;

    QGroupBox *m_box = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_searchNote = nullptr;
    QLabel *m_feeLabel = nullptr;
    QComboBox *m_fee = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace medchain::ui
