// Connects the Administration tab to the session: reads the directory (and the validators'
// health, for the validator set's check) when the tab shows and after blocks, and sends what the
// tab asks for, one action at a time, telling the tab when it starts and how it ended.
#pragma once

#include "client/Session.h"
#include "regulator/EnrollInstitutionDialog.h"

#include <QObject>

#include <functional>
#include <optional>

namespace medchain::ui {

class AdministrationPage;
class ReloadThrottle;

class AdministrationController : public QObject {
    Q_OBJECT
public:
    /// session must outlive the page; the controller is the page's child. Nothing is read
    /// until the page is first shown.
    AdministrationController(client::Session &session, AdministrationPage &page);

    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumInterval(int ms);
    bool isLoading() const;
    bool isActing() const { return m_pending.has_value(); }

private:
    struct Pending {
        client::Session::ActionId id = 0;
        /// What the page says when the action ends: (committed, the node's message).
        std::function<QString(bool ok, const QString &message)> outcome;
    };

    void load();
    void start(client::Session::ActionId id, const QString &what,
               std::function<QString(bool, const QString &)> outcome);
    void enroll(const InstitutionEnrollment &request);
    void revoke(const client::Party &who, const QString &reason);
    void changeValidators(const QList<identity::Validator> &validators);
    void createProgram(const client::ProgramForm &form);
    void finished(client::Session::ActionId id, bool ok, const QString &message);

    client::Session &m_session;
    AdministrationPage &m_page;
    ReloadThrottle *m_throttle = nullptr;
    std::optional<Pending> m_pending;
};

} // namespace medchain::ui
