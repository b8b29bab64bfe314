// The Administration tab: institutions, practitioners and nodes, the validator set and the
// subsidy programs, each a section of its own, with one status line for the action under way.
// Knows no session: it asks through its signals, AdministrationController answers.
#pragma once

#include "client/AdminTypes.h"
#include "regulator/EnrollInstitutionDialog.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace medchain::ui {

class DirectoryPanel;
class ProgramsPanel;
class ValidatorsPanel;

class AdministrationPage : public QWidget {
    Q_OBJECT
public:
    enum Section { Institutions, PractitionersAndNodes, Validators, Programs };

    explicit AdministrationPage(QWidget *parent = nullptr);

    QTabWidget *sections() const { return m_sections; }
    DirectoryPanel *institutionsPanel() const { return m_institutions; }
    DirectoryPanel *peoplePanel() const { return m_people; }
    ValidatorsPanel *validatorsPanel() const { return m_validators; }
    ProgramsPanel *programsPanel() const { return m_programs; }
    bool hasDirectory() const { return m_hasDirectory; }
    const client::AdminDirectory &directory() const { return m_directory; }
    bool isBusy() const { return m_busy; }
    /// The identity as the directory lists it; for anyone else (a patient), its id alone.
    client::Party partyOf(const client::IdentityId &id) const;

public slots:
    void showDirectory(const client::AdminDirectory &directory);
    void showHealth(const client::NetworkHealth &health);
    void showProblem(const QString &message);
    /// An action was sent: nothing else can be started until it finishes.
    void actionStarted(const QString &what);
    /// ok: message says what was done; otherwise why not (shown in red).
    void actionFinished(bool ok, const QString &message);
    void openEnrollDialog();
    /// Asks the reason, then to confirm; then revokeRequested.
    void askToRevoke(const client::Party &who);
    /// Ctrl+7: the keyboard in the current section's table.
    void focusTable();

signals:
    void enrollRequested(const medchain::ui::InstitutionEnrollment &request);
    void revokeRequested(const medchain::client::Party &who, const QString &reason);
    void validatorsRequested(const QList<medchain::identity::Validator> &validators);
    void programRequested(const medchain::client::ProgramForm &form);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revokeId(const client::IdentityId &id);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);
    void retranslateUi();

    QTabWidget *m_sections = nullptr;
    DirectoryPanel *m_institutions = nullptr;
    DirectoryPanel *m_people = nullptr;
    ValidatorsPanel *m_validators = nullptr;
    ProgramsPanel *m_programs = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_status = nullptr;
    client::AdminDirectory m_directory;
    bool m_hasDirectory = false;
    bool m_busy = false;
};

} // namespace medchain::ui
