// The desk's invoices: the form that issues one to a patient, and the invoices this institution
// issued with their status, read again after blocks while the page is seen.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QTableView;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class IssueInvoiceForm;
class IssuedInvoiceModel;
class ReloadThrottle;

class InvoicesPage : public QWidget {
    Q_OBJECT
public:
    /// Loads the issued invoices at once and again after blocks (see ReloadThrottle).
    explicit InvoicesPage(client::Session &session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    IssueInvoiceForm *form() const { return m_form; }
    IssuedInvoiceModel *model() const { return m_model; }
    void setMinimumReloadInterval(int ms);
    /// Puts the cursor in the patient search (Ctrl+F).
    void focusSearch();

public slots:
    /// Reads the issued invoices again after a block: throttled, and only while seen.
    void reload();

signals:
    /// The first list is on screen (or the session failed).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showInvoices(const QList<client::InvoiceEntry> &invoices);
    void updateSummary();
    void retranslateUi();

    client::Session &m_session;
    IssuedInvoiceModel *m_model = nullptr;
    ReloadThrottle *m_throttle = nullptr;
    IssueInvoiceForm *m_form = nullptr;
    QGroupBox *m_issuedBox = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QString m_failure;
    bool m_loaded = false;
};

} // namespace medchain::ui
