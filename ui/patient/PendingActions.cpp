#include "patient/PendingActions.h"

#include <QLabel>
#include <QStringList>

namespace medchain::ui {

PendingActions::PendingActions(client::Session &session, QLabel *status, QObject *parent)
    : QObject(parent), m_status(status)
{
    connect(&session, &client::Session::actionFinished, this, &PendingActions::onFinished);
}

void PendingActions::track(client::Session::ActionId id, const QString &pendingText,
                           const QString &failureText, Done done)
{
    m_actions[id] = Action {pendingText, failureText, std::move(done)};
    showPending();
}

void PendingActions::showPending()
{
    QStringList lines;
    for (const auto &[id, action] : m_actions)
        lines.append(action.pendingText);
    m_status->setStyleSheet(QString());
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void PendingActions::onFinished(client::Session::ActionId id, bool ok, const QString &message)
{
    const auto found = m_actions.find(id);
    if (found == m_actions.end())
        return; // another page's action
    const Action action = std::move(found->second);
    m_actions.erase(found);
    showPending();
    if (!ok) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("%1: %2").arg(action.failureText, message));
    }
    if (action.done)
        action.done(ok, message);
    emit finished(id, ok, message);
}

} // namespace medchain::ui
