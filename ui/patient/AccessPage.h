// The patient's Access tab: who may read their records (grant, revoke), requests waiting for an
// answer (accept, decline), and the log of every read, emergency (break-glass) ones flagged.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class AccessLogModel;
class AccessRequestModel;
class AccessRowFilter;
class GrantListModel;
class PendingActions;

class AccessPage : public QWidget {
    Q_OBJECT
public:
    /// Loads the consent snapshot at once and again after every committed block.
    explicit AccessPage(client::Session &session, QWidget *parent = nullptr);

    /// True once the first snapshot is on screen (see loaded()).
    bool isLoaded() const { return m_loaded; }

public slots:
    /// Asks the session for the snapshot again (coalesced while a load is under way).
    void reload();

signals:
    /// The first snapshot is on screen, or the session failed and says so.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const client::ConsentSnapshot &snapshot);
    void markLoaded();
    void openGrantDialog(const client::RequestEntry *request);
    void revokeSelected();
    void acceptSelected();
    void declineSelected();
    const client::GrantEntry *selectedGrant() const;
    const client::RequestEntry *selectedRequest() const;
    void updateButtons();
    void retranslateUi();

    client::Session &m_session;
    GrantListModel *m_grantModel = nullptr;
    AccessRowFilter *m_grantFilter = nullptr;
    AccessRequestModel *m_requestModel = nullptr;
    AccessLogModel *m_logModel = nullptr;
    AccessRowFilter *m_logFilter = nullptr;
    PendingActions *m_actions = nullptr;

    QGroupBox *m_grantBox = nullptr;
    QTableView *m_grantView = nullptr;
    QPushButton *m_grantButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QCheckBox *m_activeOnly = nullptr;
    QGroupBox *m_requestBox = nullptr;
    QTableView *m_requestView = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QLabel *m_noRequests = nullptr;
    QGroupBox *m_logBox = nullptr;
    QLabel *m_emergencyNotice = nullptr;
    QTableView *m_logView = nullptr;
    QCheckBox *m_emergencyOnly = nullptr;
    QLabel *m_status = nullptr;

    bool m_loading = false;
    bool m_reloadWanted = false;
    bool m_loaded = false;
};

} // namespace medchain::ui
