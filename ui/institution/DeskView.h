// The institution's registration desk: register patients from their devices' requests, the
// staff with practitioner enrollment, and invoices; one tab each, keyboard first (Ctrl+/ lists
// the keys). Loaded once the staff list and the issued invoices are first on screen.
#pragma once

#include "common/RoleView.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class InvoicesPage;
class RegisterPatientPage;
class StaffPage;

class DeskView : public RoleView {
    Q_OBJECT
public:
    /// session must outlive the view.
    explicit DeskView(client::Session &session, QWidget *parent = nullptr);

    RegisterPatientPage *registerPage() const { return m_register; }
    StaffPage *staffPage() const { return m_staff; }
    InvoicesPage *invoicesPage() const { return m_invoices; }
    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumReloadInterval(int ms);

public slots:
    /// The list of the desk's keyboard shortcuts (Ctrl+/).
    void showShortcuts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void bindKeys();
    void retranslateUi();
    void showPage(QWidget *page);
    void partLoaded();

    client::Session &m_session;
    QLabel *m_institution = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_shortcuts = nullptr;
    QTabWidget *m_tabs = nullptr;
    RegisterPatientPage *m_register = nullptr;
    StaffPage *m_staff = nullptr;
    InvoicesPage *m_invoices = nullptr;
    int m_partsLoading = 2;
};

} // namespace medchain::ui
