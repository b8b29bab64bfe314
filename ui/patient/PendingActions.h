// The actions a page has sent to the chain and not yet seen answered: shown in a status label
// until Session::actionFinished, then the page's callback runs (a refusal's message is shown).
#pragma once

#include "client/Session.h"

#include <QObject>

#include <functional>
#include <map>

class QLabel;

namespace medchain::ui {

class PendingActions : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;

    /// status is where the page shows what is pending and what failed; it must outlive this.
    PendingActions(client::Session &session, QLabel *status, QObject *parent = nullptr);

    /// Follows action id: pendingText shows until it finishes, then done runs; a failure shows
    /// failureText with the session's message.
    void track(client::Session::ActionId id, const QString &pendingText, const QString &failureText,
               Done done);
    bool isEmpty() const { return m_actions.empty(); }

signals:
    /// After done ran for a tracked action.
    void finished(medchain::client::Session::ActionId id, bool ok, const QString &message);

private:
    struct Action {
        QString pendingText;
        QString failureText;
        Done done;
    };
    void onFinished(client::Session::ActionId id, bool ok, const QString &message);
    void showPending();

    QLabel *m_status;
    std::map<client::Session::ActionId, Action> m_actions;
};

} // namespace medchain::ui
