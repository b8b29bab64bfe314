// The doctor's workstation: patient lookup on the left; the selected patient's header with the
// clinical summary, and tabs for the history, the encounter form and the amendments proposed.
// Loaded once the list is on screen and the richest granted history with its summary is shown.
#pragma once

#include "client/ClientTypes.h"
#include "common/RoleView.h"

#include <QElapsedTimer>
#include <QTimer>

#include <optional>

class QPushButton;
class QTabWidget;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class AuthoredAmendmentsPage;
class EncounterForm;
class PatientHeader;
class PatientHistory;
class PatientLookup;

class DoctorView : public RoleView {
    Q_OBJECT
public:
    /// session must outlive the view.
    explicit DoctorView(client::Session &session, QWidget *parent = nullptr);

    PatientLookup *lookup() const { return m_lookup; }
    PatientHeader *header() const { return m_header; }
    PatientHistory *history() const { return m_history; }
    EncounterForm *encounterForm() const { return m_form; }
    AuthoredAmendmentsPage *amendmentsPage() const { return m_amendments; }
    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumReloadInterval(int ms) { m_minimumReloadMs = ms; }

public slots:
    /// The encounter form for the selected patient (Ctrl+N).
    void openEncounterForm();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onPatientsLoaded();
    /// Opens the granted patient with the most records this doctor can read.
    void openRichestPatient(const QList<client::PatientEntry> &granted);
    void showPatient(const std::optional<client::PatientEntry> &patient);
    void loadSummary();
    void onChainChanged();
    void reloadAll();
    void checkLoaded();

    client::Session &m_session;
    PatientLookup *m_lookup = nullptr;
    PatientHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    PatientHistory *m_history = nullptr;
    EncounterForm *m_form = nullptr;
    AuthoredAmendmentsPage *m_amendments = nullptr;
    QPushButton *m_shortcuts = nullptr;

    std::optional<client::IdentityId> m_current;
    std::optional<client::IdentityId> m_firstPatient; // the one the first load waits for
    bool m_choosing = false; // the richest patient is being worked out
    bool m_showAmendmentsNext = false;
    QTimer m_reloadTimer;
    QElapsedTimer m_sinceReload;
    int m_minimumReloadMs = 2000;
};

} // namespace medchain::ui
