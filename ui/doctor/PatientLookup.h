// The doctor's patient lookup: the patients they may read or have treated, filtered as they type
// a name or id; a 64-hex id or a name none of them matches searches every active patient on the
// chain. Request access and break-glass emergency access start here.
#pragma once

#include "client/ClientTypes.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class PatientListModel;
class PendingActions;

class PatientLookup : public QWidget {
    Q_OBJECT
public:
    explicit PatientLookup(client::Session &session, QWidget *parent = nullptr);

    /// Reads the doctor's patients again, keeping the selection.
    void reload();
    bool isLoaded() const { return m_loaded; }
    const QList<client::PatientEntry> &patients() const;
    std::optional<client::PatientEntry> selectedPatient() const;
    /// Selects the patient when listed; false otherwise.
    bool selectPatient(const client::IdentityId &id);
    /// Puts the cursor in the search field (Ctrl+F).
    void focusSearch();
    /// The delay between typing and a search of the whole chain (tests set 0).
    void setSearchDelay(int ms);

signals:
    /// The first list is on screen.
    void loaded();
    /// Another patient was selected (or none).
    void patientSelected(const std::optional<medchain::client::PatientEntry> &patient);
    /// The selected patient's entry changed after a reload (access granted, emergency…).
    void patientUpdated(const medchain::client::PatientEntry &patient);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPatients(const QList<client::PatientEntry> &patients);
    void applySearch();
    void searchChain();
    void onCurrentChanged();
    void updateButtons();
    void requestAccess();
    void emergencyAccess();

    client::Session &m_session;
    PatientListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    PendingActions *m_actions = nullptr;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchNote = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_emergency = nullptr;
    QLabel *m_status = nullptr;

    QList<client::PatientEntry> m_mine; // from loadPatients
    QList<client::PatientEntry> m_found; // from findPatients, for m_foundFor
    QString m_foundFor;
    QTimer m_searchTimer;
    std::optional<client::IdentityId> m_current;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadWanted = false;
    bool m_searching = false;
};

} // namespace medchain::ui
