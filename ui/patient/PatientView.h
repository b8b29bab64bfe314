// The patient's view: records, amendments awaiting an answer, access (grants, requests, the log)
// and the wallet, one tab each. Loaded once every tab shows its data and a record is open.
#pragma once

#include "common/RoleView.h"

class QTabWidget;

namespace medchain::ui {

class AccessPage;
class AmendmentsPage;
class RecordsPage;
class WalletPage;

class PatientView : public RoleView {
    Q_OBJECT
public:
    /// session must outlive the view.
    explicit PatientView(client::Session &session, QWidget *parent = nullptr);

    RecordsPage *recordsPage() const { return m_records; }
    AmendmentsPage *amendmentsPage() const { return m_amendments; }
    AccessPage *accessPage() const { return m_access; }
    WalletPage *walletPage() const { return m_wallet; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// One more of the pages (or the first record's detail) is on screen.
    void partLoaded();

    QTabWidget *m_tabs = nullptr;
    RecordsPage *m_records = nullptr;
    AmendmentsPage *m_amendments = nullptr;
    AccessPage *m_access = nullptr;
    WalletPage *m_wallet = nullptr;
    int m_pendingAmendments = 0;
    int m_partsLoading = 0;
    bool m_detailSeen = false;
};

} // namespace medchain::ui
